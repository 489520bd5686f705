package vn.phoihop.propaganda;

import static vn.phoihop.propaganda.PropagandaProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_DirectLateConfirmation} (create): a confirmation past its day goes to the organisation's leaders (or the coordinating department of its side), marked escalated. */
@Component
class EscalateLateConfirmationListener implements TaskListener {

    private final PropagandaService service;

    EscalateLateConfirmationListener(PropagandaService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        String organization = (String) task.getVariable(ORGANIZATION);
        service.confirmationEscalated(task.getProcessInstanceId(), organization);
        task.addCandidateGroup(service.escalationGroupOf(organization));
    }
}
