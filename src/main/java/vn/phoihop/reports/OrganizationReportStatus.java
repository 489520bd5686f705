package vn.phoihop.reports;

public enum OrganizationReportStatus {
    PENDING,
    SUBMITTED
}
