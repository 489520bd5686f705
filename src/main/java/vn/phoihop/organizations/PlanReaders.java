package vn.phoihop.organizations;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import vn.phoihop.security.PortalUser;

/**
 * Who reads a plan-wide record (a liaison meeting, a model inspection) whole, and for which
 * organisations the others read their own parts: the coordinating departments (PX05, PTTG), the two
 * sides' leaders and the administrators read everything; anyone else reads what concerns the
 * organisations their groups act for (safe units take no part). From the login's groups and our
 * organisation table, never from a variable.
 */
@Component
public class PlanReaders {

    private final OrganizationGroups organizationGroups;

    PlanReaders(OrganizationGroups organizationGroups) {
        this.organizationGroups = organizationGroups;
    }

    public Reader of(PortalUser user) {
        if (user == null) {
            return new Reader(false, Set.of());
        }
        Set<String> own = organizationGroups.actingFor(user.groupIds());
        boolean whole = user.isAdministrator() || user.isMemberOf(organizationGroups.coordinatorGroup(false))
                || user.isMemberOf(organizationGroups.coordinatorGroup(true))
                || own.stream().anyMatch(code -> kindOf(code) == OrganizationKind.LEADERSHIP);
        if (whole) {
            return new Reader(true, Set.of());
        }
        return new Reader(false, own.stream().filter(code -> kindOf(code) != OrganizationKind.UNIT)
                .collect(Collectors.toUnmodifiableSet()));
    }

    /** The nav shows the plan-wide registers (meetings, propaganda) to those who read something of them. */
    public boolean visibleTo(PortalUser user) {
        return of(user).seesAnything();
    }

    private OrganizationKind kindOf(String code) {
        return organizationGroups.find(code).map(Organization::getKind).orElse(OrganizationKind.UNIT);
    }

    /**
     * @param whole         reads every record whole
     * @param organizations otherwise, the organisations whose own parts the user reads
     */
    public record Reader(boolean whole, Set<String> organizations) {

        public boolean seesAnything() {
            return whole || !organizations.isEmpty();
        }

        public boolean sees(String organization) {
            return whole || organizations.contains(organization);
        }
    }
}
