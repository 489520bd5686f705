package vn.phoihop.units.registration;

import static vn.phoihop.units.registration.UnitRegistrationProcessVariables.COMMITMENT;
import static vn.phoihop.units.registration.UnitRegistrationProcessVariables.RECORD_TITLE;
import static vn.phoihop.units.registration.UnitRegistrationProcessVariables.REGISTRATION_ID;
import static vn.phoihop.units.registration.UnitRegistrationProcessVariables.UNIT;
import static vn.phoihop.units.registration.UnitRegistrationProcessVariables.UNIT_CODE;
import static vn.phoihop.units.registration.UnitRegistrationProcessVariables.VERIFICATION_DAYS;
import static vn.phoihop.units.registration.UnitRegistrationProcessVariables.YEAR;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.security.EngineUser;
import vn.phoihop.units.UnitRegistry;

/**
 * {@code StartEvent_RegistrationSubmitted} (end): records the registration the start form sent.
 * Who registers is the authenticated user, who must belong to the unit's group; the year is the one
 * whose evaluation period contains today. The registration's id becomes the business key.
 */
@Component
class RecordRegistrationListener implements ExecutionListener {

    private final RegistrationService service;
    private final EngineUser engineUser;
    private final UnitRegistry units;
    private final SelfCheckSchedule schedule;

    RecordRegistrationListener(RegistrationService service, EngineUser engineUser, UnitRegistry units,
                               SelfCheckSchedule schedule) {
        this.service = service;
        this.engineUser = engineUser;
        this.units = units;
        this.schedule = schedule;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String user = engineUser.current().orElseThrow(() -> new SubmissionRuleException("units.registration.error.noUser"));
        UnitRegistration registration = service.submitted(execution.getProcessInstanceId(), user,
                (String) execution.getVariable(UNIT), (String) execution.getVariable(COMMITMENT));
        execution.setProcessBusinessKey(registration.id());
        // the start form's data now lives in the record; the instance keeps ids and timer inputs
        execution.removeVariables(List.of(UNIT, COMMITMENT));
        execution.setVariable(REGISTRATION_ID, registration.id());
        execution.setVariable(UNIT_CODE, registration.unitCode());
        execution.setVariable(YEAR, registration.year());
        execution.setVariable(VERIFICATION_DAYS, schedule.verificationDays());
        String unitName = units.find(registration.unitCode()).orElseThrow().getName();
        execution.setVariable(RECORD_TITLE, "Đăng ký \"An toàn về ANTT\" năm " + registration.year() + ": " + unitName);
    }
}
