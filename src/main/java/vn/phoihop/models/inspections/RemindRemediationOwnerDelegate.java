package vn.phoihop.models.inspections;

import static vn.phoihop.models.inspections.ModelInspectionProcessVariables.REMEDIATION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.phoihop.notifications.TaskReminders;

/** {@code Task_RemindRemediationOwner}: the organisation is reminded of its remediation before the due day ends. */
@Component
class RemindRemediationOwnerDelegate implements JavaDelegate {

    static final String REMEDIATION_TASK = "Task_RemedyWeakness";

    private final InspectionService service;
    private final TaskReminders reminders;

    RemindRemediationOwnerDelegate(InspectionService service, TaskReminders reminders) {
        this.service = service;
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String remediationId = (String) execution.getVariable(REMEDIATION_ID);
        service.remediationReminded(execution.getProcessInstanceId(), remediationId);
        reminders.remindBranchTasks(execution.getProcessInstanceId(), REMEDIATION_TASK, REMEDIATION_ID, remediationId);
    }
}
