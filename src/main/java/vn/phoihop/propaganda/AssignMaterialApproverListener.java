package vn.phoihop.propaganda;

import static vn.phoihop.propaganda.PropagandaProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_ApproveMaterial} (create): a leader of PX05 (the police leaders where PX05 has no leaders' group) approves. */
@Component
class AssignMaterialApproverListener implements TaskListener {

    private final PropagandaService service;

    AssignMaterialApproverListener(PropagandaService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        task.addCandidateGroup(service.approverGroup());
    }
}
