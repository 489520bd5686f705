package vn.phoihop.units;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The user sees the units but may not change them (a unit's own group), or sees none at all. */
@ResponseStatus(HttpStatus.FORBIDDEN)
class UnitForbiddenException extends RuntimeException {

    UnitForbiddenException() {
        super("Not allowed to manage units");
    }
}
