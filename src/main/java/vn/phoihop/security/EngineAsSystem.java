package vn.phoihop.security;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls without the current user's authorization checks, for the few answers the
 * portal must compute about a user rather than for them (was this user ever involved in that
 * task?). The caller decides what of the answer the user may see. The user's authentication is
 * restored afterwards, also on failure.
 */
@Component
public class EngineAsSystem {

    private final IdentityService identityService;

    EngineAsSystem(IdentityService identityService) {
        this.identityService = identityService;
    }

    public <T> T call(Supplier<T> work) {
        Authentication current = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (current != null) {
                identityService.setAuthentication(current);
            }
        }
    }
}
