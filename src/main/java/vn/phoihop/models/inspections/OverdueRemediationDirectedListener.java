package vn.phoihop.models.inspections;

import static vn.phoihop.models.inspections.ModelInspectionProcessVariables.DIRECTION;
import static vn.phoihop.models.inspections.ModelInspectionProcessVariables.REMEDIATION_ID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_DirectOverdueRemediation} (complete): the leaders' instruction goes on the remediation; it stays open for its organisation. */
@Component
class OverdueRemediationDirectedListener implements TaskListener {

    private final InspectionService service;

    OverdueRemediationDirectedListener(InspectionService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        service.remediationEscalationNoted(task.getProcessInstanceId(), (String) task.getVariable(REMEDIATION_ID),
                (String) task.getVariable(DIRECTION));
    }
}
