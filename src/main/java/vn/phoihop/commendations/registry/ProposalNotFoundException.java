package vn.phoihop.commendations.registry;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A proposal that does not exist, that the user may not see, or that has no decision yet: all 404, never 403. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ProposalNotFoundException extends RuntimeException {

    ProposalNotFoundException() {
        super("Not found", null, false, false);
    }
}
