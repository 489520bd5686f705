package vn.phoihop.commendations.registry;

import org.springframework.stereotype.Component;
import vn.phoihop.commendations.ProposalRepository;
import vn.phoihop.instances.InstanceReaders;
import vn.phoihop.security.PortalUser;

/**
 * Whoever may see a proposal in the registry may also open its instance's files and history: the
 * coordinators, and the proposing organisation's staff besides the proposer. Without it the
 * registry would show "3 files" to people who cannot open them.
 */
@Component
class RegistryReaders implements InstanceReaders {

    private final ProposalRepository proposals;
    private final RegistryScope scope;

    RegistryReaders(ProposalRepository proposals, RegistryScope scope) {
        this.proposals = proposals;
        this.scope = scope;
    }

    @Override
    public boolean mayRead(PortalUser user, String processInstanceId) {
        return proposals.findByProcessInstanceId(processInstanceId).map(proposal -> scope.covers(user, proposal)).orElse(false);
    }
}
