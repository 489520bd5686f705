package vn.phoihop.propaganda;

import static vn.phoihop.propaganda.PropagandaProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_DirectLateConfirmation} (complete): the leaders' instruction goes on the row; the confirmation stays open. */
@Component
class LateConfirmationDirectedListener implements TaskListener {

    private final PropagandaService service;

    LateConfirmationDirectedListener(PropagandaService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        service.confirmationEscalationNoted(task.getProcessInstanceId(), (String) task.getVariable(ORGANIZATION),
                (String) task.getVariable(DIRECTION));
    }
}
