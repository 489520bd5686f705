package vn.phoihop.reviews;

/** A member organisation's review report: asked, or submitted. */
public enum ReportStatus {
    PENDING, SUBMITTED
}
