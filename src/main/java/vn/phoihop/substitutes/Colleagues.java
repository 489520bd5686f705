package vn.phoihop.substitutes;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;
import vn.phoihop.security.Unauthenticated;

/**
 * The users who share at least one Camunda group with a user: only they know the work well enough
 * to take it over. Read from the identity store, not from the login, so that a membership changed
 * since the user logged in counts.
 */
@Component
class Colleagues {

    private final IdentityService identityService;

    Colleagues(IdentityService identityService) {
        this.identityService = identityService;
    }

    List<Colleague> of(String userId) {
        return Unauthenticated.call(identityService, () -> {
            Map<String, Colleague> colleagues = new LinkedHashMap<>();
            for (Group group : identityService.createGroupQuery().groupMember(userId).list()) {
                identityService.createUserQuery().memberOfGroup(group.getId()).list().stream()
                        .filter(user -> !user.getId().equals(userId))
                        .forEach(user -> colleagues.putIfAbsent(user.getId(), Colleague.of(user)));
            }
            return colleagues.values().stream().sorted(Comparator.comparing(Colleague::name)).toList();
        });
    }

    boolean exists(String userId) {
        return Unauthenticated.call(identityService, () -> identityService.createUserQuery().userId(userId).count() > 0);
    }

    boolean areColleagues(String userId, String otherId) {
        return of(userId).stream().anyMatch(colleague -> colleague.id().equals(otherId));
    }
}
