package vn.phoihop.commendations.registry;

import org.springframework.stereotype.Component;
import vn.phoihop.commendations.CommendationRecords;
import vn.phoihop.instances.InstanceReaders;
import vn.phoihop.security.PortalUser;

/**
 * Whoever may see a proposal in the registry may also open its instance's files and history: the
 * coordinators, and the proposing organisation's staff besides the proposer. Without it the
 * registry would show "3 files" to people who cannot open them.
 */
@Component
class RegistryReaders implements InstanceReaders {

    private final CommendationRecords records;
    private final RegistryScope scope;

    RegistryReaders(CommendationRecords records, RegistryScope scope) {
        this.records = records;
        this.scope = scope;
    }

    @Override
    public boolean mayRead(PortalUser user, String processInstanceId) {
        return records.proposalOfInstance(processInstanceId).map(proposal -> scope.covers(user, proposal)).orElse(false);
    }
}
