package vn.phoihop.units.registration;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import vn.phoihop.instances.InstanceReaders;
import vn.phoihop.security.PortalUser;
import vn.phoihop.tasks.RecordSummary;
import vn.phoihop.units.Unit;
import vn.phoihop.units.UnitRegistry;
import vn.phoihop.units.UnitScope;

/**
 * Beside each task of a registration: the unit, its commitment and its monthly rounds so far, so
 * that the managing level reviews a month with the months before in view. Whoever may see the unit
 * in the registry (its managing level, the coordinators, the unit itself) may also read the instance.
 */
@Component
class RegistrationTaskSummary implements RecordSummary, InstanceReaders {

    private final UnitRegistrationRepository registrations;
    private final UnitRegistry units;
    private final UnitScope scope;

    RegistrationTaskSummary(UnitRegistrationRepository registrations, UnitRegistry units, UnitScope scope) {
        this.registrations = registrations;
        this.units = units;
        this.scope = scope;
    }

    @Override
    public String processDefinitionKey() {
        return UnitRegistrationProcessVariables.PROCESS_ID;
    }

    @Override
    public String template() {
        return "units/registration-summary";
    }

    @Override
    public Optional<Object> of(String processInstanceId) {
        return registrations.findByProcessInstanceId(processInstanceId)
                .map(registration -> new Summary(registration, units.find(registration.unitCode()).orElseThrow(),
                        registration.selfChecks()));
    }

    @Override
    public boolean mayRead(PortalUser user, String processInstanceId) {
        return registrations.findByProcessInstanceId(processInstanceId)
                .flatMap(registration -> units.find(registration.unitCode()))
                .map(unit -> scope.of(user).covers(unit)).orElse(false);
    }

    /** What the fragment shows. */
    public record Summary(UnitRegistration registration, Unit unit, List<SelfCheck> rounds) {
    }
}
