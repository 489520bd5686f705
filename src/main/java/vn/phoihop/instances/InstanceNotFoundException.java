package vn.phoihop.instances;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An instance (or one of its parts) that does not exist or that the user may not see: both are 404, never 403. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class InstanceNotFoundException extends RuntimeException {

    InstanceNotFoundException() {
        super("Not found", null, false, false);
    }
}
