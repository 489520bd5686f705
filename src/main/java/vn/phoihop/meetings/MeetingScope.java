package vn.phoihop.meetings;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import vn.phoihop.organizations.Organization;
import vn.phoihop.organizations.OrganizationGroups;
import vn.phoihop.organizations.OrganizationKind;
import vn.phoihop.security.PortalUser;

/**
 * Who sees what of the liaison meetings: the hosts (PX05, PTTG), the two sides' leaders and the
 * administrators see every meeting whole; an organisation that takes part sees the approved minutes
 * and its own updates and actions, never another organisation's. Read from the login's groups and
 * our organisation table.
 */
@Component
public class MeetingScope {

    private final OrganizationGroups organizationGroups;

    MeetingScope(OrganizationGroups organizationGroups) {
        this.organizationGroups = organizationGroups;
    }

    public Visible of(PortalUser user) {
        if (user == null) {
            return new Visible(false, Set.of());
        }
        Set<String> own = organizationGroups.actingFor(user.groupIds());
        boolean whole = user.isAdministrator() || user.isMemberOf(organizationGroups.coordinatorGroup(false))
                || user.isMemberOf(organizationGroups.coordinatorGroup(true))
                || own.stream().anyMatch(code -> kindOf(code) == OrganizationKind.LEADERSHIP);
        if (whole) {
            return new Visible(true, Set.of());
        }
        // a safe unit takes no part in the meetings; every other organisation may be given an action
        return new Visible(false, own.stream().filter(code -> kindOf(code) != OrganizationKind.UNIT)
                .collect(java.util.stream.Collectors.toUnmodifiableSet()));
    }

    private OrganizationKind kindOf(String code) {
        return organizationGroups.find(code).map(Organization::getKind).orElse(OrganizationKind.UNIT);
    }

    /** The nav shows the register to those who see something of it. */
    public boolean visibleTo(PortalUser user) {
        return of(user).seesAnything();
    }

    /**
     * @param whole         every meeting with every update and action
     * @param organizations otherwise, the organisations whose own updates and actions the user sees
     */
    public record Visible(boolean whole, Set<String> organizations) {

        public boolean seesAnything() {
            return whole || !organizations.isEmpty();
        }

        public boolean sees(String organization) {
            return whole || organizations.contains(organization);
        }

        List<MeetingUpdate> updatesOf(Meeting meeting) {
            return meeting.updates().stream().filter(update -> sees(update.organization())).toList();
        }

        List<MeetingAction> actionsOf(Meeting meeting) {
            return meeting.actions().stream().filter(action -> sees(action.organization())).toList();
        }

        /** The minutes are the meeting's official record once approved; before that, only for those who see everything. */
        boolean seesMinutes(Meeting meeting) {
            return whole || meeting.status().minutesApproved();
        }
    }
}
