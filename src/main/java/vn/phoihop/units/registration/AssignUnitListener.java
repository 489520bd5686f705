package vn.phoihop.units.registration;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_ReviseRegistration}, {@code Task_PerformSelfCheck} (create): the people of the registered unit. */
@Component
class AssignUnitListener implements TaskListener {

    private final RegistrationService service;

    AssignUnitListener(RegistrationService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        task.addCandidateGroup(service.unitGroup(service.of(task.getProcessInstanceId())));
    }
}
