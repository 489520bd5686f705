package vn.phoihop.models.inspections;

import static vn.phoihop.models.inspections.ModelInspectionProcessVariables.REMEDIATION_ID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_DirectOverdueRemediation} (create): a remediation past its due day goes to its
 * organisation's leaders (the coordinating department of its side where it has none), and is marked escalated.
 */
@Component
class EscalateOverdueRemediationListener implements TaskListener {

    private final InspectionService service;

    EscalateOverdueRemediationListener(InspectionService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        String remediationId = (String) task.getVariable(REMEDIATION_ID);
        Remediation remediation = service.of(task.getProcessInstanceId()).remediation(remediationId);
        service.remediationEscalated(task.getProcessInstanceId(), remediationId);
        task.addCandidateGroup(service.escalationGroupOf(remediation.organization()));
    }
}
