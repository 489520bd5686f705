package vn.phoihop.reports;

import static vn.phoihop.reports.PeriodicReportProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.phoihop.notifications.TaskReminders;

/** {@code Task_RemindReportingOrganization}: the organisation that has not submitted is reminded, and its part says so. */
@Component
class RemindReportingOrganizationDelegate implements JavaDelegate {

    static final String REPORT_TASK = "Task_SubmitOrganizationReport";

    private final PeriodicReportService service;
    private final TaskReminders reminders;

    RemindReportingOrganizationDelegate(PeriodicReportService service, TaskReminders reminders) {
        this.service = service;
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String organization = (String) execution.getVariable(ORGANIZATION);
        service.reminded(execution.getProcessInstanceId(), organization);
        reminders.remindBranchTasks(execution.getProcessInstanceId(), REPORT_TASK, ORGANIZATION, organization);
    }
}
