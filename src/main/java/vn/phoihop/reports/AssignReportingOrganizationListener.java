package vn.phoihop.reports;

import static vn.phoihop.reports.PeriodicReportProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_SubmitOrganizationReport} (create): the branch's organisation reports; its group, from our table. */
@Component
class AssignReportingOrganizationListener implements TaskListener {

    private final PeriodicReportService service;

    AssignReportingOrganizationListener(PeriodicReportService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        task.addCandidateGroup(service.groupOf((String) task.getVariable(ORGANIZATION)));
    }
}
