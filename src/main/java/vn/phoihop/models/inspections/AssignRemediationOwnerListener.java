package vn.phoihop.models.inspections;

import static vn.phoihop.models.inspections.ModelInspectionProcessVariables.REMEDIATION_ID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_RemedyWeakness} (create): the model's organisation remedies it. */
@Component
class AssignRemediationOwnerListener implements TaskListener {

    private final InspectionService service;

    AssignRemediationOwnerListener(InspectionService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        Remediation remediation = service.of(task.getProcessInstanceId()).remediation((String) task.getVariable(REMEDIATION_ID));
        task.addCandidateGroup(service.groupOf(remediation.organization()));
    }
}
