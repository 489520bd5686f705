package vn.phoihop.units.registration;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.phoihop.security.PortalUser;
import vn.phoihop.units.Unit;
import vn.phoihop.units.UnitPageSection;

/** The unit's page lists its registrations, newest year first, with how its monthly checks went. */
@Component
@Order(1)
class RegistrationsSection implements UnitPageSection {

    private final UnitRegistrationRepository registrations;

    RegistrationsSection(UnitRegistrationRepository registrations) {
        this.registrations = registrations;
    }

    @Override
    public String template() {
        return "units/registration-section";
    }

    @Override
    public List<YearRow> data(Unit unit, PortalUser viewer) {
        return registrations.findByUnitCodeOrderByYearDesc(unit.getCode()).stream().map(YearRow::of).toList();
    }

    /** One year of the unit: rounds opened, done (on time or late), missed. */
    record YearRow(String id, int year, RegistrationStatus status, boolean late, long opened, long done, long onTime,
                   long missed) {

        static YearRow of(UnitRegistration registration) {
            List<SelfCheck> rounds = registration.selfChecks();
            return new YearRow(registration.id(), registration.year(), registration.status(), registration.isLate(),
                    rounds.size(),
                    rounds.stream().filter(round -> round.status() == SelfCheckStatus.DONE
                            || round.status() == SelfCheckStatus.REVIEWED).count(),
                    rounds.stream().filter(SelfCheck::doneOnTime).count(),
                    rounds.stream().filter(round -> round.status() == SelfCheckStatus.MISSED).count());
        }
    }
}
