package vn.phoihop.units.registration;

import java.util.Arrays;
import java.util.Optional;

/** The managing level's view of a monthly self-check, as its review form sends it. */
public enum ReviewOutcome {
    /** The check is complete and right. */
    ACCEPTED("accepted"),
    /** Something needs the unit's attention; the comment says what. */
    FOLLOW_UP("follow-up");

    private final String code;

    ReviewOutcome(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static Optional<ReviewOutcome> ofCode(Object code) {
        return Arrays.stream(values()).filter(outcome -> outcome.code.equals(code)).findFirst();
    }
}
