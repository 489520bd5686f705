package vn.phoihop.models.inspections;

import static vn.phoihop.models.inspections.ModelInspectionProcessVariables.REMEDIATION_ID;
import static vn.phoihop.models.inspections.ModelInspectionProcessVariables.REMEDIATION_REPORT;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.phoihop.security.EngineUser;

/** {@code Task_RemedyWeakness} (complete): the organisation's report closes its remediation. */
@Component
class RemediationDoneListener implements TaskListener {

    private final InspectionService service;
    private final EngineUser engineUser;

    RemediationDoneListener(InspectionService service, EngineUser engineUser) {
        this.service = service;
        this.engineUser = engineUser;
    }

    @Override
    public void notify(DelegateTask task) {
        service.remediationDone(task.getProcessInstanceId(), (String) task.getVariable(REMEDIATION_ID),
                (String) task.getVariable(REMEDIATION_REPORT), engineUser.current().orElse(task.getAssignee()));
    }
}
