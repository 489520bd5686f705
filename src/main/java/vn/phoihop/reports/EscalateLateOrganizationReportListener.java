package vn.phoihop.reports;

import static vn.phoihop.reports.PeriodicReportProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_DirectLateOrganizationReport} (create): a part past its day goes to the organisation's leaders (or PTTG), marked escalated. */
@Component
class EscalateLateOrganizationReportListener implements TaskListener {

    private final PeriodicReportService service;

    EscalateLateOrganizationReportListener(PeriodicReportService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        String organization = (String) task.getVariable(ORGANIZATION);
        service.escalated(task.getProcessInstanceId(), organization);
        task.addCandidateGroup(service.escalationGroupOf(organization));
    }
}
