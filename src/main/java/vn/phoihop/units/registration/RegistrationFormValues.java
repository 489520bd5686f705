package vn.phoihop.units.registration;

import static vn.phoihop.units.registration.UnitRegistrationProcessVariables.COMMITMENT;
import static vn.phoihop.units.registration.UnitRegistrationProcessVariables.CRITERIA_OPTIONS;
import static vn.phoihop.units.registration.UnitRegistrationProcessVariables.RETURN_REASON;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;
import vn.phoihop.forms.RecordFormValues;

/**
 * The registration's forms shown from the record: the revision shows the commitment to correct and
 * why it was returned; the self-check offers the checklist of the unit's kind for the year.
 */
@Component
class RegistrationFormValues implements RecordFormValues {

    static final String REVISION_FORM = "unit-registration-revision";
    static final String SELF_CHECK_FORM = "unit-self-check";

    private final UnitRegistrationRepository registrations;
    private final RegistrationService service;

    RegistrationFormValues(UnitRegistrationRepository registrations, RegistrationService service) {
        this.registrations = registrations;
        this.service = service;
    }

    @Override
    public Map<String, Object> values(String formId, String processInstanceId) {
        if (!formId.equals(REVISION_FORM) && !formId.equals(SELF_CHECK_FORM)) {
            return Map.of();
        }
        return registrations.findByProcessInstanceId(processInstanceId).map(registration -> values(formId, registration))
                .orElse(Map.of());
    }

    private Map<String, Object> values(String formId, UnitRegistration registration) {
        Map<String, Object> values = new HashMap<>();
        if (formId.equals(REVISION_FORM)) {
            values.put(COMMITMENT, registration.commitment());
            values.put(RETURN_REASON, registration.returnReason());
        } else {
            List<Map<String, String>> options = service.checklist(registration).stream()
                    .map(item -> Map.of("label", item.vi(), "value", item.code())).toList();
            values.put(CRITERIA_OPTIONS, options);
        }
        values.values().removeIf(Objects::isNull);
        return values;
    }
}
