package vn.phoihop.portal;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;
import vn.phoihop.security.PortalUser;

/**
 * Which of Camunda's webapps the menu offers a user: those Camunda grants them ACCESS to, and only
 * when that includes Cockpit or Admin. Everyone may open Tasklist, but the portal's own task list
 * does all it does for them: a member organisation's officer gets no menu that only leads to the
 * same tasks in English, or to a 403. The layout calls it as {@code ${@camundaTools.of(currentUser)}},
 * so only pages that show the menu pay for the look-up.
 */
@Component("camundaTools")
public class CamundaTools {

    static final List<String> APPS = List.of("tasklist", "cockpit", "admin");

    private final AuthorizationService authorizations;

    CamundaTools(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    public List<String> of(PortalUser user) {
        if (user == null) {
            return List.of();
        }
        List<String> apps = APPS.stream().filter(app -> authorizations.isUserAuthorized(user.id(),
                user.groupIds(), Permissions.ACCESS, Resources.APPLICATION, app)).toList();
        return apps.contains("cockpit") || apps.contains("admin") ? apps : List.of();
    }
}
