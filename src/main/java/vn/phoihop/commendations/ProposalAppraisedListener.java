package vn.phoihop.commendations;

import static vn.phoihop.commendations.CommendationProcessVariables.APPRAISAL_COMMENT;
import static vn.phoihop.commendations.CommendationProcessVariables.APPRAISAL_OUTCOME;
import static vn.phoihop.commendations.CommendationProcessVariables.APPRAISED_NOMINEES;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.phoihop.forms.SubmissionRuleException;

/** {@code Task_AppraiseProposal} (complete): PX05's outcome and the nominees found right go on the record. */
@Component
class ProposalAppraisedListener implements TaskListener {

    private final ProposalService service;

    ProposalAppraisedListener(ProposalService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        AppraisalOutcome outcome = AppraisalOutcome.ofCode(task.getVariable(APPRAISAL_OUTCOME))
                .orElseThrow(() -> new SubmissionRuleException("commendation.error.appraisalOutcome"));
        service.appraised(task.getProcessInstanceId(), outcome, (String) task.getVariable(APPRAISAL_COMMENT),
                NomineePositions.of(task.getVariable(APPRAISED_NOMINEES)));
        task.getExecution().setVariable(APPRAISAL_OUTCOME, outcome.code());
    }
}
