package vn.phoihop.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks credentials against the Camunda identity service, the product's one user store, so that
 * the portal, the REST API and Camunda's webapps accept the same accounts. The principal is a
 * {@link PortalUser}; the user's Camunda groups are also the granted authorities, unprefixed:
 * {@code hasAuthority("px05")}.
 *
 * <p>Camunda's {@code checkPassword} counts a wrong password against the account and, while the
 * account is locked after one, refuses even the right password: both doors are slowed alike,
 * see {@link LoginThrottle}.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;
    private final LoginThrottle throttle;

    CamundaIdentityAuthenticationProvider(IdentityService identityService, LoginThrottle throttle) {
        this.identityService = identityService;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || userId.isBlank() || !(credentials instanceof String password) || password.isEmpty()
                || !identityService.checkPassword(userId, password)) {
            // Also for unknown users, so that the pause does not tell which accounts exist.
            throttle.pauseAfterWrongPassword();
            throw new BadCredentialsException("Bad credentials");
        }
        List<String> groupIds = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .toList();
        var principal = new PortalUser(userId, displayName(userId), groupIds);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null,
                groupIds.stream().map(SimpleGrantedAuthority::new).toList());
    }

    private String displayName(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        return user == null ? userId : Colleague.of(user).name();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
