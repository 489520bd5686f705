package vn.phoihop.units;

import java.util.Arrays;

import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.phoihop.forms.SubmissionRuleException;

/**
 * Classifies a unit's movement through the province's own rules: the latest deployed
 * {@code MovementClassification} decision, so a province that changes a threshold and redeploys
 * classifies by it from then on, without a release of the product.
 */
@Component
public class MovementClassifier {

    static final String DECISION = "MovementClassification";

    private final DecisionService decisions;

    MovementClassifier(DecisionService decisions) {
        this.decisions = decisions;
    }

    /**
     * @param totalScore      the assessed total on the 100-point sheet of the unit's kind
     * @param recognisedShare for a commune, the share (0–1) of the units on its territory recognised
     *                        this year; ignored for the other kinds
     */
    public MovementLevel classify(UnitKind kind, double totalScore, Double recognisedShare) {
        if (totalScore < 0 || totalScore > 100) {
            throw new SubmissionRuleException("units.error.scoreOutOfRange");
        }
        if (kind == UnitKind.COMMUNE && (recognisedShare == null || recognisedShare < 0 || recognisedShare > 1)) {
            throw new SubmissionRuleException("units.error.recognisedShareRequired");
        }
        var result = decisions.evaluateDecisionTableByKey(DECISION, Variables.createVariables()
                .putValue("unitKind", kind.name())
                .putValue("totalScore", totalScore)
                .putValue("recognisedShare", kind == UnitKind.COMMUNE ? recognisedShare : null));
        DmnDecisionRuleResult first = result.getFirstResult();
        Object level = first == null ? null : first.getSingleEntry();
        // a table the province edited may leave a case without a rule or name a level of its own
        return Arrays.stream(MovementLevel.values()).filter(known -> known.name().equals(level)).findFirst()
                .orElseThrow(() -> new IllegalStateException("MovementClassification gave no known level for "
                        + kind + " with " + totalScore + " points: " + level + "; expected one of "
                        + Arrays.toString(MovementLevel.values())));
    }
}
