package vn.phoihop.reviews;

import static vn.phoihop.reviews.ProgramReviewProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import vn.phoihop.notifications.TaskReminders;
import org.springframework.stereotype.Component;

/** {@code Task_RemindReporter}: the organisation that has not reported is reminded, and its row says so. */
@Component
class RemindReporterDelegate implements JavaDelegate {

    static final String REPORT_TASK = "Task_SubmitReviewReport";

    private final ReviewService service;
    private final TaskReminders reminders;

    RemindReporterDelegate(ReviewService service, TaskReminders reminders) {
        this.service = service;
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String organization = (String) execution.getVariable(ORGANIZATION);
        service.reportReminded(execution.getProcessInstanceId(), organization);
        reminders.remindBranchTasks(execution.getProcessInstanceId(), REPORT_TASK, ORGANIZATION, organization);
    }
}
