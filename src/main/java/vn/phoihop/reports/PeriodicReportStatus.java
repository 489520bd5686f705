package vn.phoihop.reports;

/** Where a periodic report stands: the organisations report, PX05 and PTTG consolidate, the leaders approve (or return it). */
public enum PeriodicReportStatus {
    REPORTING,
    CONSOLIDATED,
    RETURNED,
    APPROVED
}
