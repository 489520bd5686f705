package vn.phoihop.units.registration;

import static vn.phoihop.units.registration.UnitRegistrationProcessVariables.OUTCOME_ACCEPT;
import static vn.phoihop.units.registration.UnitRegistrationProcessVariables.OUTCOME_RETURN;
import static vn.phoihop.units.registration.UnitRegistrationProcessVariables.PERIOD_ENDS_AT;
import static vn.phoihop.units.registration.UnitRegistrationProcessVariables.SELF_CHECK_CYCLE;
import static vn.phoihop.units.registration.UnitRegistrationProcessVariables.VERIFICATION_COMMENT;
import static vn.phoihop.units.registration.UnitRegistrationProcessVariables.VERIFICATION_OUTCOME;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.security.EngineUser;

/**
 * {@code Task_VerifyRegistration} (complete): the managing level accepts the registration, which
 * sets the timers of the self-checks from the settings, or returns it with a reason.
 */
@Component
class RegistrationVerifiedListener implements TaskListener {

    private final RegistrationService service;
    private final SelfCheckSchedule schedule;
    private final EngineUser engineUser;

    RegistrationVerifiedListener(RegistrationService service, SelfCheckSchedule schedule, EngineUser engineUser) {
        this.service = service;
        this.schedule = schedule;
        this.engineUser = engineUser;
    }

    @Override
    public void notify(DelegateTask task) {
        Object outcome = task.getVariable(VERIFICATION_OUTCOME);
        if (!OUTCOME_ACCEPT.equals(outcome) && !OUTCOME_RETURN.equals(outcome)) {
            throw new SubmissionRuleException("units.registration.error.verificationOutcome");
        }
        boolean accepted = OUTCOME_ACCEPT.equals(outcome);
        String processInstanceId = task.getProcessInstanceId();
        service.verified(processInstanceId, accepted, (String) task.getVariable(VERIFICATION_COMMENT),
                engineUser.current().orElse(task.getAssignee()));
        task.getExecution().setVariable(VERIFICATION_OUTCOME, outcome);
        if (accepted) {
            UnitRegistration registration = service.of(processInstanceId);
            task.getExecution().setVariable(SELF_CHECK_CYCLE,
                    schedule.roundsAfter(ProvinceClock.now(), registration.period()).cycle());
            task.getExecution().setVariable(PERIOD_ENDS_AT, schedule.periodEnd(registration.period()));
        }
    }
}
