package vn.phoihop.commendations;

import static vn.phoihop.commendations.CommendationProcessVariables.REVISION_DECISION;
import static vn.phoihop.commendations.CommendationProcessVariables.REVISION_RESUBMIT;
import static vn.phoihop.commendations.CommendationProcessVariables.REVISION_WITHDRAW;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.phoihop.forms.SubmissionRuleException;

/**
 * {@code Task_ReviseProposal} (complete): the proposer resubmits the edited proposal or withdraws
 * it. The form's values are local to the task; the proposer is the record's, and the organisation
 * is checked against them again.
 */
@Component
class ProposalRevisedListener implements TaskListener {

    private final ProposalSubmissions submissions;
    private final ProposalService service;

    ProposalRevisedListener(ProposalSubmissions submissions, ProposalService service) {
        this.submissions = submissions;
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        Object decision = task.getVariable(REVISION_DECISION);
        String instance = task.getProcessInstanceId();
        if (REVISION_RESUBMIT.equals(decision)) {
            Proposal proposal = service.resubmitted(instance,
                    submissions.read(task, service.of(instance).proposerId()));
            task.getExecution().setVariables(service.routingVariables(proposal));
        } else if (REVISION_WITHDRAW.equals(decision)) {
            service.withdrawn(instance);
        } else {
            throw new SubmissionRuleException("commendation.error.revisionDecision");
        }
        task.getExecution().setVariable(REVISION_DECISION, decision);
    }
}
