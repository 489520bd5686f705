package vn.phoihop.commendations;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.phoihop.notifications.TaskReminders;

/**
 * {@code Task_RemindPoliceApprover} and {@code Task_RemindFrontApprover}: an approval has waited
 * five working days. Records which side was reminded; the approval task stays open (the portal's
 * due-task notifications reach its candidates).
 */
@Component
class RemindApproverDelegate implements JavaDelegate {

    private final TaskReminders reminders;

    RemindApproverDelegate(TaskReminders reminders) {
        this.reminders = reminders;
    }

    /** One bean serves both sides' reminder steps; the step that runs says which approval is meant. */
    @Override
    public void execute(DelegateExecution execution) {
        boolean front = "Task_RemindFrontApprover".equals(execution.getCurrentActivityId());
        reminders.remindOpenTasks(execution.getProcessInstanceId(), front ? "Task_FrontLeadersApprove" : "Task_PoliceLeadersApprove");
        execution.setVariable(front ? CommendationProcessVariables.FRONT_APPROVER_REMINDED
                : CommendationProcessVariables.POLICE_APPROVER_REMINDED, true);
    }
}
