package vn.phoihop.commendations;

import static vn.phoihop.commendations.CommendationProcessVariables.HIGHER_DECISION_DATE;
import static vn.phoihop.commendations.CommendationProcessVariables.HIGHER_DECISION_NUMBER;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.phoihop.forms.SubmissionRuleException;

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
                date(task.getVariable(HIGHER_DECISION_DATE)));
    }

    private static LocalDate date(Object value) {
        try {
            return value == null ? null : LocalDate.parse(value.toString());
        } catch (DateTimeParseException e) {
            throw new SubmissionRuleException("commendation.error.higherDecision");
        }
    }
}
