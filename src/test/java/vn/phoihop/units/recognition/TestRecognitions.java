package vn.phoihop.units.recognition;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.phoihop.units.MovementLevel;
import vn.phoihop.units.UnitKind;
import vn.phoihop.units.registration.UnitRegistration;

/** Recognitions at a given step, made through the aggregate's own methods, for tests without an engine. */
final class TestRecognitions {

    static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

    private TestRecognitions() {
    }

    static Recognition assessed(MovementLevel level) {
        Recognition recognition = dossierSent(points(20, 30));
        recognition.assess(points(20, 30), Map.of(), level, null, "catanninh", NOW);
        return recognition;
    }

    static Recognition dossierSent(Map<String, BigDecimal> points) {
        Recognition recognition = opened();
        recognition.compileDossier(points, null, "kp1", NOW);
        return recognition;
    }

    static Recognition opened() {
        UnitRegistration registration = mock(UnitRegistration.class);
        when(registration.id()).thenReturn("DK-2026-0001");
        when(registration.unitCode()).thenReturn("kp1");
        when(registration.year()).thenReturn(2026);
        when(registration.managingOrganization()).thenReturn("commune-police-tan-ninh");
        return Recognition.open("CN-2026-0001", "pi-1", registration, UnitKind.RESIDENTIAL_AREA);
    }

    static Map<String, BigDecimal> points(int first, int second) {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        points.put("G1", BigDecimal.valueOf(first));
        points.put("G2", BigDecimal.valueOf(second));
        return points;
    }

    /** Recognised by the leader at the given level (Xuất sắc: proposable for a commendation). */
    static Recognition recognised(MovementLevel level) {
        Recognition recognition = assessed(level);
        recognition.appraise(true, null, "px05", NOW);
        recognition.decide(true, "QĐ 15", "leader", NOW);
        return recognition;
    }
}
