package vn.phoihop.propaganda;

import static vn.phoihop.propaganda.PropagandaProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import vn.phoihop.notifications.TaskReminders;
import org.springframework.stereotype.Component;

/** {@code Task_RemindRecipient}: the organisation that has not confirmed is reminded, and its row says so. */
@Component
class RemindRecipientDelegate implements JavaDelegate {

    static final String CONFIRMATION_TASK = "Task_ConfirmDissemination";

    private final PropagandaService service;
    private final TaskReminders reminders;

    RemindRecipientDelegate(PropagandaService service, TaskReminders reminders) {
        this.service = service;
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String organization = (String) execution.getVariable(ORGANIZATION);
        service.confirmationReminded(execution.getProcessInstanceId(), organization);
        reminders.remindBranchTasks(execution.getProcessInstanceId(), CONFIRMATION_TASK, ORGANIZATION, organization);
    }
}
