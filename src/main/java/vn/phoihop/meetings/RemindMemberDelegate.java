package vn.phoihop.meetings;

import static vn.phoihop.meetings.LiaisonMeetingProcessVariables.ORGANIZATION;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.phoihop.notifications.TaskReminders;

/** {@code Task_RemindMember}: the organisation that has not sent its update is reminded, and the row says so. */
@Component
class RemindMemberDelegate implements JavaDelegate {

    static final String UPDATE_TASK = "Task_SendMonthlyUpdate";

    private final MeetingService service;
    private final TaskReminders reminders;
    private final TaskService taskService;

    RemindMemberDelegate(MeetingService service, TaskReminders reminders, TaskService taskService) {
        this.service = service;
        this.reminders = reminders;
        this.taskService = taskService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String organization = (String) execution.getVariable(ORGANIZATION);
        service.updateReminded(execution.getProcessInstanceId(), organization);
        taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(UPDATE_TASK)
                .taskCandidateGroup(service.groupOf(organization)).active().list()
                .forEach(task -> reminders.remindTask(task.getId()));
    }
}
