package vn.phoihop.meetings;

import static vn.phoihop.meetings.LiaisonMeetingProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.security.EngineUser;

/**
 * {@code Task_ApproveMinutes} (complete): approved minutes get their number and their actions open;
 * returned ones go back to the host with the reason. The gateway reads the outcome.
 */
@Component
class MinutesReviewedListener implements TaskListener {

    private final MeetingService service;
    private final EngineUser engineUser;

    MinutesReviewedListener(MeetingService service, EngineUser engineUser) {
        this.service = service;
        this.engineUser = engineUser;
    }

    @Override
    public void notify(DelegateTask task) {
        String outcome = (String) task.getVariable(MINUTES_OUTCOME);
        String by = engineUser.current().orElse(task.getAssignee());
        if (OUTCOME_APPROVE.equals(outcome)) {
            service.minutesApproved(task.getProcessInstanceId(), by);
        } else if (OUTCOME_RETURN.equals(outcome)) {
            service.minutesReturned(task.getProcessInstanceId(), (String) task.getVariable(MINUTES_COMMENT), by);
        } else {
            throw new SubmissionRuleException("meetings.error.outcome");
        }
        task.getExecution().setVariable(MINUTES_OUTCOME, outcome);
    }
}
