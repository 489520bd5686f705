package vn.phoihop.meetings;

import static vn.phoihop.meetings.LiaisonMeetingProcessVariables.ACTION_ID;

import org.camunda.bpm.engine.TaskService;
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
    private final TaskService taskService;

    RemindActionOwnerDelegate(MeetingService service, TaskReminders reminders, TaskService taskService) {
        this.service = service;
        this.reminders = reminders;
        this.taskService = taskService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String actionId = (String) execution.getVariable(ACTION_ID);
        service.actionReminded(execution.getProcessInstanceId(), actionId);
        // the branch's task is the one among the open action tasks whose branch names this action
        taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(ACTION_TASK)
                .active().list().stream()
                .filter(task -> actionId.equals(taskService.getVariable(task.getId(), ACTION_ID)))
                .forEach(task -> reminders.remindTask(task.getId()));
    }
}
