package vn.phoihop.models.inspections;

import static vn.phoihop.models.inspections.ModelInspectionProcessVariables.ORGANIZATION;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.phoihop.notifications.TaskReminders;

/** {@code Task_RemindSelection}: the organisation that has not selected its model is reminded, and its row says so. */
@Component
class RemindSelectionDelegate implements JavaDelegate {

    static final String SELECTION_TASK = "Task_SelectModel";

    private final InspectionService service;
    private final TaskReminders reminders;

    RemindSelectionDelegate(InspectionService service, TaskReminders reminders) {
        this.service = service;
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String organization = (String) execution.getVariable(ORGANIZATION);
        service.selectionReminded(execution.getProcessInstanceId(), organization);
        reminders.remindBranchTasks(execution.getProcessInstanceId(), SELECTION_TASK, ORGANIZATION, organization);
    }
}
