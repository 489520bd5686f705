package vn.phoihop.zalo;

import java.util.Set;

import org.springframework.stereotype.Component;
import vn.phoihop.organizations.OrganizationGroups;
import vn.phoihop.organizations.PlanReaders;
import vn.phoihop.security.PortalUser;

/**
 * Which Zalo groups a user sees and manages, the one place the rule lives: the administrators, PX05 and
 * PTTG manage every group; the leaders read every group; an organisation's people see and manage their
 * organisation's groups.
 */
@Component
public class ZaloGroupScope {

    private final PlanReaders readers;
    private final OrganizationGroups organizationGroups;

    ZaloGroupScope(PlanReaders readers, OrganizationGroups organizationGroups) {
        this.readers = readers;
        this.organizationGroups = organizationGroups;
    }

    public Visible of(PortalUser user) {
        PlanReaders.Reader reader = readers.of(user);
        boolean manager = user.isAdministrator() || user.isMemberOf(organizationGroups.coordinatorGroup(false))
                || user.isMemberOf(organizationGroups.coordinatorGroup(true));
        return new Visible(reader.whole(), manager, reader.whole() ? Set.of() : reader.organizations());
    }

    public boolean visibleTo(PortalUser user) {
        return user != null && of(user).seesAnything();
    }

    /**
     * @param all           sees every group
     * @param manager       manages every group
     * @param organizations otherwise, the organisations whose groups the user sees and manages
     */
    public record Visible(boolean all, boolean manager, Set<String> organizations) {

        public boolean seesAnything() {
            return all || !organizations.isEmpty();
        }

        public boolean covers(ZaloGroup group) {
            return all || organizations.contains(group.getOrganization());
        }

        public boolean mayManageGroups() {
            return manager || !organizations.isEmpty();
        }

        public boolean mayManage(String organization) {
            return manager || organizations.contains(organization);
        }
    }
}
