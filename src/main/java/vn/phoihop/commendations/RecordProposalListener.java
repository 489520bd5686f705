package vn.phoihop.commendations;

import static vn.phoihop.commendations.CommendationProcessVariables.NOMINEES;
import static vn.phoihop.commendations.CommendationProcessVariables.PROPOSING_ORGANIZATION;
import static vn.phoihop.commendations.CommendationProcessVariables.SOURCE;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * {@code StartEvent_ProposalSubmitted} (end): records the proposal the start form sent. Who
 * proposes is the authenticated user, never a variable; the proposal's id becomes the business key.
 */
@Component
class RecordProposalListener implements ExecutionListener {

    private final ProposalSubmissions submissions;
    private final ProposalService service;

    RecordProposalListener(ProposalSubmissions submissions, ProposalService service) {
        this.submissions = submissions;
        this.service = service;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String proposer = submissions.authenticatedUser();
        Proposal proposal = service.submitted(execution.getProcessInstanceId(), proposer,
                submissions.read(execution, proposer));
        execution.setProcessBusinessKey(proposal.id());
        // The start form's business data now lives in the record; the instance keeps ids and flags.
        execution.removeVariables(List.of(NOMINEES, PROPOSING_ORGANIZATION, SOURCE));
        execution.setVariables(service.routingVariables(proposal));
    }
}
