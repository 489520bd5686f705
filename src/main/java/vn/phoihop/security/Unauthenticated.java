package vn.phoihop.security;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs engine calls as the system rather than as the logged-in user. Users have no READ right on
 * other users in the identity store, yet the portal must list a user's colleagues and reach the
 * members of a candidate group; only such system lookups belong here, never work done on a user's
 * behalf. Restores the caller's authentication afterwards, also inside an engine command.
 */
public final class Unauthenticated {

    private Unauthenticated() {
    }

    public static <T> T call(IdentityService identityService, Supplier<T> work) {
        Authentication current = identityService.getCurrentAuthentication();
        if (current == null) {
            return work.get();
        }
        identityService.clearAuthentication();
        try {
            return work.get();
        } finally {
            identityService.setAuthentication(current);
        }
    }
}
