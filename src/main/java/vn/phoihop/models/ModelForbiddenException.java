package vn.phoihop.models;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The user may see but not manage models (the leaders), or sees none. */
@ResponseStatus(HttpStatus.FORBIDDEN)
class ModelForbiddenException extends RuntimeException {

    ModelForbiddenException() {
        super("Not allowed to manage these models");
    }
}
