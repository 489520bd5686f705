package vn.phoihop.units.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.units.MovementLevel;
import vn.phoihop.units.UnitKind;
import vn.phoihop.units.registration.UnitRegistration;

/** The rules of a recognition, without an engine: each step in its turn, with what it requires. */
class RecognitionTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

    @Test
    void aChangedScoreNeedsItsReasonAndAnUnchangedOneKeepsNone() {
        Recognition recognition = dossierSent(points(20, 30));
        assertRule("units.recognition.error.reasonRequired", () -> recognition.assess(points(18, 30), Map.of(),
                MovementLevel.AVERAGE, null, "catanninh", NOW));
        recognition.assess(points(18, 30), Map.of("G1", "Thiếu biên bản", "G2", "ignored"), MovementLevel.AVERAGE, null,
                "catanninh", NOW);
        assertThat(recognition.assessedTotal()).isEqualByComparingTo("48");
        assertThat(recognition.scores()).extracting(GroupScore::changeReason).containsExactly("Thiếu biên bản", null);
        assertThat(recognition.status()).isEqualTo(RecognitionStatus.APPRAISAL);
    }

    @Test
    void aReturnNeedsAReasonAndGoesBackToTheAssessment() {
        Recognition recognition = assessed(MovementLevel.GOOD);
        assertRule("units.recognition.error.returnReason", () -> recognition.appraise(false, " ", "px05", NOW));
        recognition.appraise(false, "Chấm lại nhóm 1", "px05", NOW);
        assertThat(recognition.status()).isEqualTo(RecognitionStatus.ASSESSMENT);
        assertRule("units.recognition.error.state", () -> recognition.decide(true, null, "leader", NOW));
    }

    @Test
    void belowCannotBeRecognisedAndOnlyARecognisedExcellentUnitIsProposedOnce() {
        Recognition below = assessed(MovementLevel.BELOW);
        below.appraise(true, null, "px05", NOW);
        assertRule("units.recognition.error.belowNotRecognisable", () -> below.decide(true, null, "leader", NOW));
        below.decide(false, null, "leader", NOW);
        assertThat(below.mayBeProposed()).isFalse();

        Recognition good = assessed(MovementLevel.GOOD);
        good.appraise(true, null, "px05", NOW);
        good.decide(true, null, "leader", NOW);
        assertRule("units.recognition.error.notProposable", () -> good.proposeForCommendation("catanninh", NOW));

        Recognition excellent = assessed(MovementLevel.EXCELLENT);
        excellent.appraise(true, null, "px05", NOW);
        excellent.decide(true, "QĐ 15", "leader", NOW);
        excellent.proposeForCommendation("catanninh", NOW);
        assertThat(excellent.commendationProposedAt()).isEqualTo(NOW);
        assertRule("units.recognition.error.notProposable", () -> excellent.proposeForCommendation("catanninh", NOW));
    }

    @Test
    void aFollowUpNeedsItsNote() {
        Recognition recognition = opened();
        recognition.dossierOverdue();
        assertRule("units.recognition.error.followUpNote", () -> recognition.followedUp(""));
        recognition.followedUp("Đã nhắc");
        assertThat(recognition.isDossierOverdue()).isTrue();
        assertThat(recognition.status()).isEqualTo(RecognitionStatus.DOSSIER);
    }

    private static Recognition assessed(MovementLevel level) {
        Recognition recognition = dossierSent(points(20, 30));
        recognition.assess(points(20, 30), Map.of(), level, null, "catanninh", NOW);
        return recognition;
    }

    private static Recognition dossierSent(Map<String, BigDecimal> points) {
        Recognition recognition = opened();
        recognition.compileDossier(points, null, "kp1", NOW);
        return recognition;
    }

    private static Recognition opened() {
        UnitRegistration registration = mock(UnitRegistration.class);
        when(registration.id()).thenReturn("DK-2026-0001");
        when(registration.unitCode()).thenReturn("kp1");
        when(registration.year()).thenReturn(2026);
        when(registration.managingOrganization()).thenReturn("commune-police-tan-ninh");
        return Recognition.open("CN-2026-0001", "pi-1", registration, UnitKind.RESIDENTIAL_AREA);
    }

    private static Map<String, BigDecimal> points(int first, int second) {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        points.put("G1", BigDecimal.valueOf(first));
        points.put("G2", BigDecimal.valueOf(second));
        return points;
    }

    private static void assertRule(String messageKey, org.assertj.core.api.ThrowableAssert.ThrowingCallable action) {
        assertThatThrownBy(action).isInstanceOf(SubmissionRuleException.class).hasMessage(messageKey);
    }
}
