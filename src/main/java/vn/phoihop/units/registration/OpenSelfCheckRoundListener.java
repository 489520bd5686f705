package vn.phoihop.units.registration;

import static vn.phoihop.units.registration.UnitRegistrationProcessVariables.SELF_CHECK_DUE_AT;
import static vn.phoihop.units.registration.UnitRegistrationProcessVariables.SELF_CHECK_MONTH;
import static vn.phoihop.units.registration.UnitRegistrationProcessVariables.SELF_CHECK_REMIND_AT;
import static vn.phoihop.units.registration.UnitRegistrationProcessVariables.SELF_CHECK_ROUND;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.phoihop.portal.ProvinceClock;

/**
 * {@code StartEvent_MonthlyRoundDue} (end): the timer opened a round. It is recorded, and its
 * number, month and times are kept local to this round's event subprocess, so that rounds open at
 * the same time keep their own deadlines.
 */
@Component
class OpenSelfCheckRoundListener implements ExecutionListener {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private final RegistrationService service;
    private final SelfCheckSchedule schedule;

    OpenSelfCheckRoundListener(RegistrationService service, SelfCheckSchedule schedule) {
        this.service = service;
        this.schedule = schedule;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Instant dueAt = schedule.dueAt(ProvinceClock.now());
        SelfCheck round = service.roundOpened(execution.getProcessInstanceId(), dueAt);
        execution.setVariableLocal(SELF_CHECK_ROUND, round.round());
        execution.setVariableLocal(SELF_CHECK_MONTH, MONTH.format(round.openedAt().atZone(ProvinceClock.ZONE)));
        execution.setVariableLocal(SELF_CHECK_DUE_AT, Date.from(dueAt));
        execution.setVariableLocal(SELF_CHECK_REMIND_AT, Date.from(schedule.remindAt(dueAt)));
    }
}
