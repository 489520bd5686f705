package vn.phoihop.reports;

import static vn.phoihop.reports.PeriodicReportProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_DirectLateOrganizationReport} (complete): the leaders' instruction goes on the part; the part stays open. */
@Component
class LateOrganizationReportDirectedListener implements TaskListener {

    private final PeriodicReportService service;

    LateOrganizationReportDirectedListener(PeriodicReportService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        service.escalationNoted(task.getProcessInstanceId(), (String) task.getVariable(ORGANIZATION), (String) task.getVariable(DIRECTION));
    }
}
