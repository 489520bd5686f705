package vn.phoihop.units;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such unit, or one the user may not see: the same answer for both. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class UnitNotFoundException extends RuntimeException {

    UnitNotFoundException(String code) {
        super("No visible unit " + code);
    }
}
