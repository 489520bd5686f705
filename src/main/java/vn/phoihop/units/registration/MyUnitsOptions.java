package vn.phoihop.units.registration;

import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.phoihop.forms.FormOption;
import vn.phoihop.forms.ReferenceOptionsSource;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.units.Unit;
import vn.phoihop.units.UnitRepository;

/**
 * The reference list {@code myUnits}: the active units whose group the user the engine acts for
 * belongs to and that are not yet registered for their current year, so the registration form
 * offers only the units the user may register (and the binder refuses any other code on every door).
 */
@Component
class MyUnitsOptions implements ReferenceOptionsSource {

    static final String REFERENCE_NAME = "myUnits";

    private final UnitRepository units;
    private final IdentityService identityService;
    private final RegistrationService registrations;

    MyUnitsOptions(UnitRepository units, IdentityService identityService, RegistrationService registrations) {
        this.units = units;
        this.identityService = identityService;
        this.registrations = registrations;
    }

    @Override
    public List<FormOption> options(String referenceName, Locale locale) {
        if (!REFERENCE_NAME.equals(referenceName)) {
            return List.of();
        }
        Authentication current = identityService.getCurrentAuthentication();
        List<String> codes = current == null || current.getGroupIds() == null ? List.of()
                : current.getGroupIds().stream().map(Unit::codeOfGroup).filter(code -> code != null).toList();
        return units.findAllById(codes).stream().filter(Unit::isActive)
                .filter(unit -> !registrations.isRegistered(unit, unit.getKind().planYearOn(ProvinceClock.today())))
                .map(unit -> new FormOption(unit.getName(), unit.getCode())).toList();
    }
}
