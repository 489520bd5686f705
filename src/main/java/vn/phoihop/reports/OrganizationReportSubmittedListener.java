package vn.phoihop.reports;

import static vn.phoihop.reports.PeriodicReportProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.phoihop.security.EngineUser;

/** {@code Task_SubmitOrganizationReport} (complete): the organisation's narrative, beside the figures counted from the records now. */
@Component
class OrganizationReportSubmittedListener implements TaskListener {

    private final PeriodicReportService service;
    private final EngineUser engineUser;

    OrganizationReportSubmittedListener(PeriodicReportService service, EngineUser engineUser) {
        this.service = service;
        this.engineUser = engineUser;
    }

    @Override
    public void notify(DelegateTask task) {
        service.submitted(task.getProcessInstanceId(), (String) task.getVariable(ORGANIZATION), (String) task.getVariable(RESULTS),
                (String) task.getVariable(DIFFICULTIES), (String) task.getVariable(RECOMMENDATIONS),
                engineUser.current().orElse(task.getAssignee()));
    }
}
