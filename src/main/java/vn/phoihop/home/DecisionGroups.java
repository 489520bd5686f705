package vn.phoihop.home;

import java.util.List;

import org.springframework.stereotype.Component;
import vn.phoihop.security.PortalUser;

/**
 * The groups whose open tasks are decisions of a body's leadership ({@link HomeProperties#decisionGroups()}):
 * a member of one sees on the home page everything that waits for that body's decision, also what
 * a fellow leader has taken.
 */
@Component
class DecisionGroups {

    private final List<String> groupIds;

    DecisionGroups(HomeProperties properties) {
        this.groupIds = List.copyOf(properties.decisionGroups());
    }

    List<String> of(PortalUser user) {
        return groupIds.stream().filter(user::isMemberOf).toList();
    }
}
