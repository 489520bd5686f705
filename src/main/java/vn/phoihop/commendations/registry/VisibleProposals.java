package vn.phoihop.commendations.registry;

import org.springframework.stereotype.Component;
import vn.phoihop.commendations.Proposal;
import vn.phoihop.commendations.ProposalRepository;
import vn.phoihop.security.PortalUser;

/** One proposal as the registry lets a user see it: outside the user's scope it does not exist. */
@Component
class VisibleProposals {

    private final ProposalRepository proposals;
    private final RegistryScope scope;

    VisibleProposals(ProposalRepository proposals, RegistryScope scope) {
        this.proposals = proposals;
        this.scope = scope;
    }

    Proposal find(PortalUser user, String id) {
        return proposals.findById(id).filter(proposal -> scope.covers(user, proposal))
                .orElseThrow(ProposalNotFoundException::new);
    }
}
