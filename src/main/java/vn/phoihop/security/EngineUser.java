package vn.phoihop.security;

import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * The user the engine acts for inside a listener or delegate: set from the login on every door
 * (portal, REST API, webapps), never from a request's values. Empty for a timer or an
 * asynchronous step, which act for nobody.
 */
@Component
public class EngineUser {

    private final IdentityService identityService;

    EngineUser(IdentityService identityService) {
        this.identityService = identityService;
    }

    public Optional<String> current() {
        var authentication = identityService.getCurrentAuthentication();
        return Optional.ofNullable(authentication == null ? null : authentication.getUserId());
    }
}
