package vn.phoihop.units;

import java.util.HashSet;
import java.util.Set;

import org.springframework.stereotype.Component;
import vn.phoihop.organizations.OrganizationTree;
import vn.phoihop.security.PortalUser;

/**
 * Which units a user sees and manages; the one place the rule lives, so the list, a guessed URL,
 * the export and the import agree. PX05, PTTG and the administrators see and manage every unit; the
 * police and Front of a district or commune the units their police manages; a unit's own group
 * only that unit, read-only.
 */
@Component
public class UnitScope {

    /** Group ids as DESIGN.md §1 fixes them: the coordinating divisions of the plan. */
    static final Set<String> SEE_ALL_GROUPS = Set.of("px05", "pttg");

    private final OrganizationTree tree;

    UnitScope(OrganizationTree tree) {
        this.tree = tree;
    }

    public Visible of(PortalUser user) {
        if (user.isAdministrator() || user.groupIds().stream().anyMatch(SEE_ALL_GROUPS::contains)) {
            return new Visible(true, Set.of(), Set.of());
        }
        Set<String> own = new HashSet<>();
        user.groupIds().stream().map(Unit::codeOfGroup).filter(code -> code != null).forEach(own::add);
        return new Visible(false, Set.copyOf(tree.managedBy(user.groupIds())), Set.copyOf(own));
    }

    /**
     * @param all      every unit, managing all
     * @param managing codes of the managing organisations whose units are seen and managed
     * @param units    codes of the units whose group the user is in (seen only)
     */
    public record Visible(boolean all, Set<String> managing, Set<String> units) {

        public boolean seesAnything() {
            return all || !managing.isEmpty() || !units.isEmpty();
        }

        public boolean mayManageUnits() {
            return all || !managing.isEmpty();
        }

        public boolean covers(Unit unit) {
            return all || managing.contains(unit.getManagingOrganization()) || units.contains(unit.getCode());
        }

        public boolean manages(Unit unit) {
            return mayManage(unit.getManagingOrganization());
        }

        public boolean mayManage(String managingOrganization) {
            return all || managing.contains(managingOrganization);
        }
    }
}
