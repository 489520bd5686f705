package vn.phoihop.reviews;

import vn.phoihop.tasks.RecordTitle;

/**
 * Names of the process variables of {@code processes/ProgramReviewProcess.bpmn} (DESIGN.md §4). The
 * forms {@code forms/program-review-*.form} use the same keys; their values stay local to their task
 * and the step's listener records them in the {@link ProgramReview}.
 */
public final class ProgramReviewProcessVariables {

    public static final String PROCESS_ID = "ProgramReviewProcess";

    public static final String RECORD_TITLE = RecordTitle.VARIABLE;
    public static final String REVIEW_ID = "reviewId";

    /** The start form. */
    public static final String TITLE = "title";
    public static final String REPORTS_DUE_ON = "reportsDueOn";

    /** The member organisations asked to report, the one of each branch, and the branch's timers. */
    public static final String MEMBER_ORGANIZATIONS = "memberOrganizations";
    public static final String ORGANIZATION = "organization";
    public static final String REPORT_DUE_AT = "reportDueAt";
    public static final String REPORT_REMIND_AT = "reportRemindAt";

    /** The report form: rows of {@code nominations} (nominee, achievement). */
    public static final String RESULTS = "results";
    public static final String MODELS_BUILT = "modelsBuilt";
    public static final String PEOPLE_MOBILIZED = "peopleMobilized";
    public static final String TIPS_RECEIVED = "tipsReceived";
    public static final String NOMINATIONS = "nominations";
    public static final String CONTRIBUTION = "contribution";

    /** The consolidation form. */
    public static final String SUMMARY = "summary";
    public static final String CONCLUSIONS = "conclusions";

    /** The conference: scheduled, then held. */
    public static final String CONFERENCE_ON = "conferenceOn";
    public static final String CONFERENCE_PLACE = "conferencePlace";
    public static final String INVITEES = "invitees";
    public static final String HELD_ON = "heldOn";
    public static final String ATTENDANCE = "attendance";
    public static final String OUTCOME = "outcome";

    /** The leaders' form for a late report. */
    public static final String DIRECTION = "direction";
    public static final String OVERDUE_SUBJECT = "overdueSubject";

    private ProgramReviewProcessVariables() {
    }
}
