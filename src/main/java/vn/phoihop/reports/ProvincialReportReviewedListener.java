package vn.phoihop.reports;

import static vn.phoihop.reports.PeriodicReportProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.security.EngineUser;

/** {@code Task_ApproveProvincialReport} (complete): a leader approves the provincial report or returns it with the reason. The gateway reads the outcome. */
@Component
class ProvincialReportReviewedListener implements TaskListener {

    private final PeriodicReportService service;
    private final EngineUser engineUser;

    ProvincialReportReviewedListener(PeriodicReportService service, EngineUser engineUser) {
        this.service = service;
        this.engineUser = engineUser;
    }

    @Override
    public void notify(DelegateTask task) {
        String outcome = (String) task.getVariable(APPROVAL_OUTCOME);
        String by = engineUser.current().orElse(task.getAssignee());
        if (OUTCOME_APPROVE.equals(outcome)) {
            service.approved(task.getProcessInstanceId(), by);
        } else if (OUTCOME_RETURN.equals(outcome)) {
            service.returned(task.getProcessInstanceId(), (String) task.getVariable(APPROVAL_COMMENT), by);
        } else {
            throw new SubmissionRuleException("reports.error.outcome");
        }
        task.getExecution().setVariable(APPROVAL_OUTCOME, outcome);
    }
}
