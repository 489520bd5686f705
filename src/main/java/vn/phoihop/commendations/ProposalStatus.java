package vn.phoihop.commendations;

/** Where a proposal stands; the registry filters on it. Also the message key suffix of its label. */
public enum ProposalStatus {
    /** Waiting for PX05's appraisal (first time or resubmitted). */
    SUBMITTED,
    /** Returned to the proposer for more information. */
    RETURNED,
    WITHDRAWN,
    REJECTED,
    /** Passed the appraisal; waiting for the leaders the decision table chose. */
    AWAITING_APPROVAL,
    /** Approved for an award of a higher body: the submission (tờ trình) went there, its decision is awaited. */
    AWAITING_HIGHER_DECISION,
    /** A numbered decision commends at least one nominee. */
    ISSUED,
    /** The leaders approved no nominee. */
    REFUSED;

    public boolean isOpen() {
        return this == SUBMITTED || this == RETURNED || this == AWAITING_APPROVAL || this == AWAITING_HIGHER_DECISION;
    }
}
