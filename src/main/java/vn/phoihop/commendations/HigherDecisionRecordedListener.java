package vn.phoihop.commendations;

import static vn.phoihop.commendations.CommendationProcessVariables.HIGHER_DECISION_DATE;
import static vn.phoihop.commendations.CommendationProcessVariables.HIGHER_DECISION_NUMBER;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.phoihop.forms.FormDates;

/**
 * {@code Task_RecordHigherDecision} (complete): the decision the higher body sent back, with its
 * own number and date, goes on the record; its file is the form's attachment.
 */
@Component
class HigherDecisionRecordedListener implements TaskListener {

    private final ProposalService service;

    HigherDecisionRecordedListener(ProposalService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        service.higherDecisionRecorded(task.getProcessInstanceId(), (String) task.getVariable(HIGHER_DECISION_NUMBER),
                FormDates.date(task.getVariable(HIGHER_DECISION_DATE), "commendation.error.higherDecision"));
    }
}
