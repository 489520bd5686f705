package vn.phoihop.commendations;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.phoihop.notifications.TaskReminders;

/**
 * {@code Task_RemindAppraiser}: the appraisal deadline is near. Records that the reminder was
 * given; the open appraisal task itself stays where it is (the portal's due-task notifications
 * reach its candidates).
 */
@Component
class RemindAppraiserDelegate implements JavaDelegate {

    static final String APPRAISAL_TASK = "Task_AppraiseProposal";

    private final TaskReminders reminders;

    RemindAppraiserDelegate(TaskReminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reminders.remindOpenTasks(execution.getProcessInstanceId(), APPRAISAL_TASK);
        execution.setVariable(CommendationProcessVariables.APPRAISAL_REMINDED, true);
    }
}
