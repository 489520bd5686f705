package vn.phoihop.commendations.registry;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import vn.phoihop.commendations.Proposal;
import vn.phoihop.organizations.Organization;
import vn.phoihop.organizations.OrganizationRepository;
import vn.phoihop.security.PortalUser;

/**
 * Which commendation proposals a user may see in the registry, its detail page, its exports and
 * the decision document (issue #4 §7). The one place the rule lives: everything in the registry
 * asks it, so the list, a guessed URL and the XLSX cannot disagree.
 *
 * <p>The two coordinating divisions, the leaders who approve and the administrators see every
 * proposal; anyone else sees the proposals of the organisations whose Camunda group they belong
 * to, so a member organisation never reads another's nominees.
 */
@Component
public class RegistryScope {

    /** Group ids as DESIGN.md §1 fixes them; they are the roles of the plan, not reference data. */
    static final Set<String> SEE_ALL_GROUPS = Set.of("px05", "pttg", "police-leaders", "front-leaders");

    private final OrganizationRepository organizations;

    RegistryScope(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    public Visible of(PortalUser user) {
        if (user.isAdministrator() || user.groupIds().stream().anyMatch(SEE_ALL_GROUPS::contains)) {
            return Visible.ALL;
        }
        List<String> own = user.groupIds().isEmpty() ? List.of()
                : organizations.findByGroupIdInOrderBySortOrder(user.groupIds()).stream().map(Organization::getCode).toList();
        return new Visible(false, List.copyOf(own));
    }

    public boolean covers(PortalUser user, Proposal proposal) {
        return of(user).covers(proposal.proposingOrg());
    }

    /**
     * @param all           every proposal
     * @param organizations otherwise, codes of the proposing organisations whose proposals are visible; may be empty
     */
    public record Visible(boolean all, List<String> organizations) {

        static final Visible ALL = new Visible(true, List.of());

        public boolean covers(String organizationCode) {
            return all || organizations.contains(organizationCode);
        }
    }
}
