package vn.phoihop.units.registration;

import static vn.phoihop.units.registration.UnitRegistrationProcessVariables.ESCALATION_INSTRUCTION;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_DirectOverdueSelfCheck} (complete): the leaders' instruction on the late round goes on it. */
@Component
class OverdueSelfCheckDirectedListener implements TaskListener {

    private final RegistrationService service;

    OverdueSelfCheckDirectedListener(RegistrationService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        service.escalationNoted(task.getProcessInstanceId(), SelfCheckRounds.of(task),
                (String) task.getVariable(ESCALATION_INSTRUCTION));
    }
}
