package vn.phoihop.reviews;

/** Where a programme review stands. */
public enum ReviewStatus {
    REPORTING, CONSOLIDATED, SCHEDULED, HELD
}
