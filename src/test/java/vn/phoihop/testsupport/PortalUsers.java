package vn.phoihop.testsupport;

import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.phoihop.security.PortalUser;

/** A MockMvc request made by a logged-in portal user, as the form login would have made it. */
public final class PortalUsers {

    private PortalUsers() {
    }

    public static RequestPostProcessor as(String userId, String... groupIds) {
        var principal = new PortalUser(userId, userId, List.of(groupIds));
        var authorities = principal.groupIds().stream().map(SimpleGrantedAuthority::new).toList();
        return SecurityMockMvcRequestPostProcessors.authentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
    }
}
