package vn.phoihop.commendations;

import java.util.Arrays;
import java.util.Optional;

/** PX05's appraisal outcome: the code the appraisal form posts and the gateway tests, and where it leaves the proposal. */
enum AppraisalOutcome {
    PASS(CommendationProcessVariables.OUTCOME_PASS, ProposalStatus.AWAITING_APPROVAL),
    RETURN(CommendationProcessVariables.OUTCOME_RETURN, ProposalStatus.RETURNED),
    REJECT(CommendationProcessVariables.OUTCOME_REJECT, ProposalStatus.REJECTED);

    private final String code;
    private final ProposalStatus status;

    AppraisalOutcome(String code, ProposalStatus status) {
        this.code = code;
        this.status = status;
    }

    String code() {
        return code;
    }

    ProposalStatus status() {
        return status;
    }

    static Optional<AppraisalOutcome> ofCode(Object code) {
        return Arrays.stream(values()).filter(outcome -> outcome.code.equals(code)).findFirst();
    }
}
