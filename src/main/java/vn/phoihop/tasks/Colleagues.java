package vn.phoihop.tasks;

import java.util.Collection;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** The members of some groups, by name: the people a task may be handed to. */
@Component
class Colleagues {

    record Colleague(String id, String name) {
    }

    private final IdentityService identityService;

    Colleagues(IdentityService identityService) {
        this.identityService = identityService;
    }

    List<Colleague> inGroups(Collection<String> groupIds) {
        return groupIds.stream()
                .flatMap(group -> identityService.createUserQuery().memberOfGroup(group).list().stream())
                .map(user -> new Colleague(user.getId(), displayName(user)))
                .distinct()
                .sorted(java.util.Comparator.comparing(Colleague::name))
                .toList();
    }

    private static String displayName(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return name.isEmpty() ? user.getId() : name + " (" + user.getId() + ")";
    }
}
