package vn.phoihop.zalo;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No group by that id that the user may see: 404, so a guessed id tells nothing. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ZaloGroupNotFoundException extends RuntimeException {

    ZaloGroupNotFoundException(String id) {
        super("No visible Zalo group " + id);
    }
}
