package vn.phoihop.reports;

import vn.phoihop.tasks.RecordTitle;

/**
 * Names of the process variables of {@code processes/PeriodicReportProcess.bpmn} (DESIGN.md §4). The
 * forms {@code forms/periodic-report-*.form} use the same keys; their values stay local to their task
 * and the step's listener records them in the {@link PeriodicReport}.
 */
public final class PeriodicReportProcessVariables {

    public static final String PROCESS_ID = "PeriodicReportProcess";
    public static final String SCHEDULE_PROCESS_ID = "PeriodicReportScheduleProcess";

    public static final String RECORD_TITLE = RecordTitle.VARIABLE;
    public static final String REPORT_ID = "reportId";

    /** The start form, or the schedule's call: which report, and the day the organisations' parts are due (the schedule's own when absent). */
    public static final String PERIOD = "period";
    public static final String YEAR = "year";
    public static final String REPORTS_DUE_ON = "reportsDueOn";

    /** The organisations asked to report, the one of each branch, and the timers. */
    public static final String REPORTING_ORGANIZATIONS = "reportingOrganizations";
    public static final String ORGANIZATION = "organization";
    public static final String REPORT_DUE_AT = "reportDueAt";
    public static final String REPORT_REMIND_AT = "reportRemindAt";
    public static final String REPORTING_CLOSES_AT = "reportingClosesAt";

    /** An organisation's part: the narrative beside the figures the system holds. */
    public static final String RESULTS = "results";
    public static final String DIFFICULTIES = "difficulties";
    public static final String RECOMMENDATIONS = "recommendations";

    /** The leaders' form for a late part. */
    public static final String DIRECTION = "direction";

    /** The provincial report and its approval. */
    public static final String SUMMARY = "summary";
    public static final String DIRECTIONS = "directions";
    public static final String APPROVAL_OUTCOME = "approvalOutcome";
    public static final String APPROVAL_COMMENT = "approvalComment";
    public static final String OUTCOME_APPROVE = "approve";
    public static final String OUTCOME_RETURN = "return";

    private PeriodicReportProcessVariables() {
    }
}
