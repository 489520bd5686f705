package vn.phoihop.security;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * The people a user works with: members of given groups (to hand a task over) or of any of the
 * user's own groups (to name a substitute). Read from the identity store as the system, and not
 * from the login, so that a membership changed since the user logged in counts.
 */
@Component
public class Colleagues {

    private final IdentityService identityService;
    private final EngineAsSystem engineAsSystem;

    Colleagues(IdentityService identityService, EngineAsSystem engineAsSystem) {
        this.identityService = identityService;
        this.engineAsSystem = engineAsSystem;
    }

    /** Members of these groups, by name. */
    public List<Colleague> inGroups(Collection<String> groupIds) {
        return engineAsSystem.call(() -> {
            Map<String, Colleague> members = new LinkedHashMap<>();
            for (String groupId : groupIds) {
                identityService.createUserQuery().memberOfGroup(groupId).list()
                        .forEach(user -> members.putIfAbsent(user.getId(), Colleague.of(user)));
            }
            return members.values().stream().sorted(Comparator.comparing(Colleague::name)).toList();
        });
    }

    /** Everyone who shares a group with the user, the user left out. */
    public List<Colleague> of(String userId) {
        List<String> groups = engineAsSystem.call(() -> identityService.createGroupQuery().groupMember(userId).list())
                .stream().map(Group::getId).toList();
        return inGroups(groups).stream().filter(colleague -> !colleague.id().equals(userId)).toList();
    }

    /** The user with the name the directory gives (for a signature, a record's author). */
    public java.util.Optional<Colleague> find(String userId) {
        return java.util.Optional.ofNullable(engineAsSystem.call(() -> identityService.createUserQuery().userId(userId).singleResult()))
                .map(Colleague::of);
    }

    public boolean exists(String userId) {
        return engineAsSystem.call(() -> identityService.createUserQuery().userId(userId).count() > 0);
    }

    public boolean areColleagues(String userId, String otherId) {
        return of(userId).stream().anyMatch(colleague -> colleague.id().equals(otherId));
    }
}
