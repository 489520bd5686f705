package vn.phoihop.units.registration;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_DirectOverdueSelfCheck} (create): a round not done by its due time goes to the
 * managing level's leaders, and the round records that it was escalated.
 */
@Component
class EscalateSelfCheckListener implements TaskListener {

    private final RegistrationService service;

    EscalateSelfCheckListener(RegistrationService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        UnitRegistration registration = service.of(task.getProcessInstanceId());
        task.addCandidateGroup(service.leadersGroup(registration));
        service.escalated(task.getProcessInstanceId(), SelfCheckRounds.of(task));
    }
}
