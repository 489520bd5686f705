package vn.phoihop.meetings;

import static vn.phoihop.meetings.LiaisonMeetingProcessVariables.ACTION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.phoihop.notifications.TaskReminders;

/** {@code Task_RemindActionOwner}: the organisation is reminded of its action before the due day ends. */
@Component
class RemindActionOwnerDelegate implements JavaDelegate {

    static final String ACTION_TASK = "Task_CarryOutAction";

    private final MeetingService service;
    private final TaskReminders reminders;

    RemindActionOwnerDelegate(MeetingService service, TaskReminders reminders) {
        this.service = service;
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String actionId = (String) execution.getVariable(ACTION_ID);
        service.actionReminded(execution.getProcessInstanceId(), actionId);
        reminders.remindBranchTasks(execution.getProcessInstanceId(), ACTION_TASK, ACTION_ID, actionId);
    }
}
