package vn.phoihop.units.registration;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_VerifyRegistration}, {@code Task_ReviewSelfCheck} (create): the unit's managing level, as the registration records it. */
@Component
class AssignManagingLevelListener implements TaskListener {

    private final RegistrationService service;

    AssignManagingLevelListener(RegistrationService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        task.addCandidateGroup(service.managingGroup(service.of(task.getProcessInstanceId())));
    }
}
