package vn.phoihop.units.registration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_CloseSelfChecks}: the evaluation period is over. Rounds still open are recorded as
 * missed (the terminate end event after this step cancels their tasks), and the year goes to recognition.
 */
@Component
class HandOverYearDelegate implements JavaDelegate {

    private final RegistrationService service;

    HandOverYearDelegate(RegistrationService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.handedOver(execution.getProcessInstanceId());
    }
}
