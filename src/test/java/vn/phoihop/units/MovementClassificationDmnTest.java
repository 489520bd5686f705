package vn.phoihop.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.testsupport.IntegrationTest;

/** Every rule of processes/MovementClassification.dmn, at its boundaries, evaluated by the deployed engine. */
@IntegrationTest
class MovementClassificationDmnTest {

    @Autowired
    MovementClassifier classifier;
    @Autowired
    RepositoryService repositoryService;

    @ParameterizedTest(name = "{0} with {1} points, {2} recognised → {3}")
    @CsvSource({
            // Rule_CommuneTooFewRecognised: a commune below 70 % recognised, whatever its score
            "COMMUNE,          100,  0.69, BELOW",
            "COMMUNE,           95,  0,    BELOW",
            // the other rules, for a commune at 70 % and for every other kind
            "COMMUNE,           95,  0.7,  EXCELLENT",
            "COMMUNE,           75,  1,    GOOD",
            // Rule_Excellent: 90 and more
            "AGENCY,           100,  ,     EXCELLENT",
            "SCHOOL,            90,  ,     EXCELLENT",
            // Rule_Good: 70 to under 90
            "ENTERPRISE,        89.5, ,    GOOD",
            "RESIDENTIAL_AREA,  70,  ,     GOOD",
            // Rule_Average: 50 to under 70
            "RESIDENTIAL_AREA,  69.5, ,    AVERAGE",
            "AGENCY,            50,  ,     AVERAGE",
            // Rule_Below: under 50
            "SCHOOL,            49.5, ,    BELOW",
            "ENTERPRISE,         0,  ,     BELOW",
    })
    void eachRuleGivesItsLevel(UnitKind kind, double score, Double recognisedShare, MovementLevel level) {
        assertThat(classifier.classify(kind, score, recognisedShare)).isEqualTo(level);
    }

    @Test
    void aScoreOutsideTheSheetOrACommuneWithoutItsShareIsRefused() {
        assertThatThrownBy(() -> classifier.classify(UnitKind.AGENCY, 100.5, null))
                .isInstanceOf(SubmissionRuleException.class).hasMessageContaining("units.error.scoreOutOfRange");
        assertThatThrownBy(() -> classifier.classify(UnitKind.AGENCY, -1, null))
                .isInstanceOf(SubmissionRuleException.class).hasMessageContaining("units.error.scoreOutOfRange");
        assertThatThrownBy(() -> classifier.classify(UnitKind.COMMUNE, 95, null))
                .isInstanceOf(SubmissionRuleException.class).hasMessageContaining("units.error.recognisedShareRequired");
        assertThatThrownBy(() -> classifier.classify(UnitKind.COMMUNE, 95, 1.2))
                .isInstanceOf(SubmissionRuleException.class).hasMessageContaining("units.error.recognisedShareRequired");
    }

    /** The thresholds are the province's: a table it redeploys with 85 for Xuất sắc classifies by 85. */
    @Test
    void aProvincesRedeployedTableIsTheOneThatClassifies() throws Exception {
        String shipped = Files.readString(Path.of("processes/MovementClassification.dmn"), StandardCharsets.UTF_8);
        String edited = shipped.replace("<text>&gt;= 90</text>", "<text>&gt;= 85</text>")
                .replace("<text>[70..90[</text>", "<text>[70..85[</text>");
        assertThat(edited).isNotEqualTo(shipped);
        assertThat(classifier.classify(UnitKind.AGENCY, 87, null)).isEqualTo(MovementLevel.GOOD);
        Deployment deployment = repositoryService.createDeployment().name("province thresholds")
                .addString("MovementClassification.dmn", edited).deploy();
        try {
            assertThat(classifier.classify(UnitKind.AGENCY, 87, null)).isEqualTo(MovementLevel.EXCELLENT);
        } finally {
            repositoryService.deleteDeployment(deployment.getId(), true);
        }
        assertThat(classifier.classify(UnitKind.AGENCY, 87, null)).isEqualTo(MovementLevel.GOOD);
    }
}
