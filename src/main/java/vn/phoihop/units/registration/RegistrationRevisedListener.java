package vn.phoihop.units.registration;

import static vn.phoihop.units.registration.UnitRegistrationProcessVariables.COMMITMENT;
import static vn.phoihop.units.registration.UnitRegistrationProcessVariables.REVISION_DECISION;
import static vn.phoihop.units.registration.UnitRegistrationProcessVariables.REVISION_RESUBMIT;
import static vn.phoihop.units.registration.UnitRegistrationProcessVariables.REVISION_WITHDRAW;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.phoihop.forms.SubmissionRuleException;

/** {@code Task_ReviseRegistration} (complete): the unit resubmits its corrected commitment, or withdraws. */
@Component
class RegistrationRevisedListener implements TaskListener {

    private final RegistrationService service;

    RegistrationRevisedListener(RegistrationService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        Object decision = task.getVariable(REVISION_DECISION);
        if (REVISION_RESUBMIT.equals(decision)) {
            service.resubmitted(task.getProcessInstanceId(), (String) task.getVariable(COMMITMENT));
        } else if (REVISION_WITHDRAW.equals(decision)) {
            service.withdrawn(task.getProcessInstanceId());
        } else {
            throw new SubmissionRuleException("units.registration.error.revisionDecision");
        }
        task.getExecution().setVariable(REVISION_DECISION, decision);
    }
}
