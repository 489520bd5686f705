package vn.phoihop.models;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No model by that id that the user may see: 404, so a guessed id tells nothing. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ModelNotFoundException extends RuntimeException {

    ModelNotFoundException(String id) {
        super("No visible model " + id);
    }
}
