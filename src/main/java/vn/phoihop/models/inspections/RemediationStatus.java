package vn.phoihop.models.inspections;

/** A weakness the team found: planned with the findings, open once the result is announced, done when remedied. */
public enum RemediationStatus {
    PLANNED, OPEN, DONE
}
