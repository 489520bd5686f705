package vn.phoihop.models;

import java.util.Set;

import org.springframework.stereotype.Component;
import vn.phoihop.organizations.OrganizationGroups;
import vn.phoihop.organizations.PlanReaders;
import vn.phoihop.security.PortalUser;

/**
 * Which models a user sees and manages; the one place the rule lives, so the list, a guessed URL, the
 * export and the import agree. The administrators, PX05 and PTTG manage every model; the leaders read
 * every model; an organisation's people see and manage the models their organisation sponsors.
 */
@Component
public class ModelScope {

    private final PlanReaders readers;
    private final OrganizationGroups organizationGroups;

    ModelScope(PlanReaders readers, OrganizationGroups organizationGroups) {
        this.readers = readers;
        this.organizationGroups = organizationGroups;
    }

    public Visible of(PortalUser user) {
        PlanReaders.Reader reader = readers.of(user);
        boolean manager = user.isAdministrator() || user.isMemberOf(organizationGroups.coordinatorGroup(false)) || user.isMemberOf(organizationGroups.coordinatorGroup(true));
        return new Visible(reader.whole(), manager, reader.whole() ? Set.of() : reader.organizations());
    }

    /** The nav shows the registry to those who see something of it. */
    public boolean visibleTo(PortalUser user) {
        return user != null && of(user).seesAnything();
    }

    /**
     * @param all      sees every model
     * @param manager  manages every model (PX05, PTTG, administrators)
     * @param sponsors otherwise, the organisations whose models the user sees and manages
     */
    public record Visible(boolean all, boolean manager, Set<String> sponsors) {

        public boolean seesAnything() {
            return all || !sponsors.isEmpty();
        }

        public boolean covers(MovementModel model) {
            return all || sponsors.contains(model.getSponsor());
        }

        public boolean mayManageModels() {
            return manager || !sponsors.isEmpty();
        }

        public boolean mayManage(String sponsor) {
            return manager || sponsors.contains(sponsor);
        }
    }
}
