package vn.phoihop.commendations.registry;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import vn.phoihop.commendations.CommendationProcessVariables;
import vn.phoihop.commendations.ProposalRepository;
import vn.phoihop.commendations.Nominee;
import vn.phoihop.commendations.Proposal;
import vn.phoihop.tasks.RecordSummary;

/**
 * On a commendation task's page, the nominees and their achievements: what PX05 appraises and
 * the leaders approve. Whoever may see the task may see its proposal, so no scope check here.
 */
@Component
class CommendationTaskSummary implements RecordSummary {

    private final ProposalRepository proposals;

    CommendationTaskSummary(ProposalRepository proposals) {
        this.proposals = proposals;
    }

    @Override
    public String processDefinitionKey() {
        return CommendationProcessVariables.PROCESS_ID;
    }

    @Override
    public String template() {
        return "commendations/task-summary";
    }

    @Override
    public Optional<Object> of(String processInstanceId) {
        return proposals.findByProcessInstanceId(processInstanceId)
                .map(proposal -> new Summary(proposal, proposal.nominees()));
    }

    /** What the fragment shows. */
    public record Summary(Proposal proposal, List<Nominee> nominees) {
    }
}
