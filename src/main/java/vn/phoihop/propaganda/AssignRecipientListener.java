package vn.phoihop.propaganda;

import static vn.phoihop.propaganda.PropagandaProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_ConfirmDissemination} (create): the branch's organisation confirms; its group, from our table. */
@Component
class AssignRecipientListener implements TaskListener {

    private final PropagandaService service;

    AssignRecipientListener(PropagandaService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        task.addCandidateGroup(service.groupOf((String) task.getVariable(ORGANIZATION)));
    }
}
