package vn.phoihop.units.recognition;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.phoihop.security.PortalUser;
import vn.phoihop.units.Unit;
import vn.phoihop.units.UnitPageSection;

/** The unit's page lists its year-end recognitions, and offers the ones the viewer may propose for a commendation. */
@Component
@Order(2)
class RecognitionsSection implements UnitPageSection {

    private final RecognitionCommendations recognitions;

    RecognitionsSection(RecognitionCommendations recognitions) {
        this.recognitions = recognitions;
    }

    @Override
    public String template() {
        return "units/recognition-section";
    }

    @Override
    public Shown data(Unit unit, PortalUser viewer) {
        List<Recognition> recognised = recognitions.of(unit);
        return new Shown(recognised, recognised.stream().filter(r -> viewer != null && recognitions.mayPropose(r, viewer))
                .map(Recognition::id).toList());
    }

    /** @param proposable ids of the recognitions the viewer may propose in one click */
    record Shown(List<Recognition> recognitions, List<String> proposable) {
    }
}
