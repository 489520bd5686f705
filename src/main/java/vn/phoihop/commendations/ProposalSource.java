package vn.phoihop.commendations;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a proposal comes from (plan §III): the six-monthly liaison meeting, an inspection of a
 * movement model, a programme review, a unit's own recognition, or directly. The code is what the
 * proposal form posts and what the table stores.
 */
public enum ProposalSource {
    LIAISON_MEETING("liaison-meeting"),
    MODEL_INSPECTION("model-inspection"),
    PROGRAMME_REVIEW("programme-review"),
    UNIT_RECOGNITION("unit-recognition"),
    DIRECT("direct");

    private final String code;

    ProposalSource(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ProposalSource> ofCode(String code) {
        return Arrays.stream(values()).filter(source -> source.code.equals(code)).findFirst();
    }
}
