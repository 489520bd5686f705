package vn.phoihop.security;

import java.io.Serializable;
import java.security.Principal;
import java.util.List;

import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.security.core.Authentication;

/**
 * The logged-in user as the portal knows it: id, display name and Camunda group ids, read once at
 * login. Being a {@link Principal} whose name is the user id lets Camunda's webapps and REST API
 * take the same user from the request. Kept in the HTTP session, hence serializable.
 */
public record PortalUser(String id, String displayName, List<String> groupIds) implements Principal, Serializable {

    @Override
    public String getName() {
        return id;
    }

    public boolean isMemberOf(String groupId) {
        return groupIds.contains(groupId);
    }

    /** Camunda's administrators' group, which the engine grants everything as well. */
    public boolean isAdministrator() {
        return isMemberOf(Groups.CAMUNDA_ADMIN);
    }

    /** The portal user of an authentication made by this application's login. */
    public static PortalUser of(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof PortalUser user) {
            return user;
        }
        throw new IllegalStateException("Not logged in through the portal");
    }

    /** The user of the request being served, or null outside one (a job, a timer): for a page fragment that has no Authentication at hand. */
    public static PortalUser current() {
        Authentication authentication = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof PortalUser user ? user : null;
    }
}
