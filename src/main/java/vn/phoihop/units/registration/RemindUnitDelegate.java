package vn.phoihop.units.registration;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.phoihop.notifications.TaskReminders;

/**
 * {@code Task_RemindUnit}: the round's self-check is due soon. The unit's people are reminded of
 * this round's task only (another round may be open too), and the round records it.
 */
@Component
class RemindUnitDelegate implements JavaDelegate {

    static final String SELF_CHECK_TASK = "Task_PerformSelfCheck";

    private final RegistrationService service;
    private final TaskReminders reminders;
    private final TaskService taskService;

    RemindUnitDelegate(RegistrationService service, TaskReminders reminders, TaskService taskService) {
        this.service = service;
        this.reminders = reminders;
        this.taskService = taskService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int round = SelfCheckRounds.of(execution);
        String processInstanceId = execution.getProcessInstanceId();
        taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(SELF_CHECK_TASK).list().stream()
                .filter(task -> Integer.valueOf(round).equals(taskService.getVariable(task.getId(),
                        UnitRegistrationProcessVariables.SELF_CHECK_ROUND)))
                .forEach(task -> reminders.remindTask(task.getId()));
        service.reminded(processInstanceId, round);
    }
}
