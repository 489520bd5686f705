package vn.phoihop.home;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.phoihop.security.PortalUser;

/**
 * The groups whose open tasks are decisions of a body's leadership (phoihop.home.decision-groups):
 * a member of one sees on the home page everything that waits for that body's decision, also what
 * a fellow leader has taken.
 */
@Component
class DecisionGroups {

    private final List<String> groupIds;

    DecisionGroups(@Value("${phoihop.home.decision-groups:police-leaders,front-leaders}") List<String> groupIds) {
        this.groupIds = List.copyOf(groupIds);
    }

    List<String> of(PortalUser user) {
        return groupIds.stream().filter(user::isMemberOf).toList();
    }
}
