package vn.phoihop.zalo;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The user may see but not manage these groups (the leaders), or sees none. */
@ResponseStatus(HttpStatus.FORBIDDEN)
class ZaloGroupForbiddenException extends RuntimeException {

    ZaloGroupForbiddenException() {
        super("Not allowed to manage these Zalo groups");
    }
}
