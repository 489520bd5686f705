package vn.phoihop.units.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.units.MovementLevel;

/** The rules of a recognition, without an engine: each step in its turn, with what it requires. */
class RecognitionTest {

    private static final Instant NOW = TestRecognitions.NOW;

    @Test
    void aChangedScoreNeedsItsReasonAndAnUnchangedOneKeepsNone() {
        Recognition recognition = TestRecognitions.dossierSent(TestRecognitions.points(20, 30));
        assertRule("units.recognition.error.reasonRequired", () -> recognition.assess(TestRecognitions.points(18, 30), Map.of(),
                MovementLevel.AVERAGE, null, "catanninh", NOW));
        recognition.assess(TestRecognitions.points(18, 30), Map.of("G1", "Thiếu biên bản", "G2", "ignored"), MovementLevel.AVERAGE, null,
                "catanninh", NOW);
        assertThat(recognition.assessedTotal()).isEqualByComparingTo("48");
        assertThat(recognition.scores()).extracting(GroupScore::changeReason).containsExactly("Thiếu biên bản", null);
        assertThat(recognition.status()).isEqualTo(RecognitionStatus.APPRAISAL);
    }

    @Test
    void aReturnNeedsAReasonAndGoesBackToTheAssessment() {
        Recognition recognition = TestRecognitions.assessed(MovementLevel.GOOD);
        assertRule("units.recognition.error.returnReason", () -> recognition.appraise(false, " ", "px05", NOW));
        recognition.appraise(false, "Chấm lại nhóm 1", "px05", NOW);
        assertThat(recognition.status()).isEqualTo(RecognitionStatus.ASSESSMENT);
        assertRule("units.recognition.error.state", () -> recognition.decide(true, null, "leader", NOW));
    }

    @Test
    void belowCannotBeRecognisedAndOnlyARecognisedExcellentUnitIsProposedOnce() {
        Recognition below = TestRecognitions.assessed(MovementLevel.BELOW);
        below.appraise(true, null, "px05", NOW);
        assertRule("units.recognition.error.belowNotRecognisable", () -> below.decide(true, null, "leader", NOW));
        below.decide(false, null, "leader", NOW);
        assertThat(below.mayBeProposed()).isFalse();

        Recognition good = TestRecognitions.assessed(MovementLevel.GOOD);
        good.appraise(true, null, "px05", NOW);
        good.decide(true, null, "leader", NOW);
        assertRule("units.recognition.error.notProposable", () -> good.proposeForCommendation("catanninh", NOW));

        Recognition excellent = TestRecognitions.assessed(MovementLevel.EXCELLENT);
        excellent.appraise(true, null, "px05", NOW);
        excellent.decide(true, "QĐ 15", "leader", NOW);
        excellent.proposeForCommendation("catanninh", NOW);
        assertThat(excellent.commendationProposedAt()).isEqualTo(NOW);
        assertRule("units.recognition.error.notProposable", () -> excellent.proposeForCommendation("catanninh", NOW));
    }

    @Test
    void aFollowUpNeedsItsNote() {
        Recognition recognition = TestRecognitions.opened();
        recognition.dossierOverdue();
        assertRule("units.recognition.error.followUpNote", () -> recognition.followedUp(""));
        recognition.followedUp("Đã nhắc");
        assertThat(recognition.isDossierOverdue()).isTrue();
        assertThat(recognition.status()).isEqualTo(RecognitionStatus.DOSSIER);
    }

    private static void assertRule(String messageKey, org.assertj.core.api.ThrowableAssert.ThrowingCallable action) {
        assertThatThrownBy(action).isInstanceOf(SubmissionRuleException.class).hasMessage(messageKey);
    }
}
