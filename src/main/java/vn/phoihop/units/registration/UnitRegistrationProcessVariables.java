package vn.phoihop.units.registration;

import vn.phoihop.tasks.RecordTitle;

/**
 * Names of the process variables of {@code processes/UnitRegistrationProcess.bpmn} and the values
 * its gateways test (DESIGN.md §4). The forms {@code forms/unit-*.form} use the same keys; their
 * values stay local to their task and the step's listener records them in the
 * {@link UnitRegistration}. The instance keeps ids, timer inputs and routing flags.
 */
public final class UnitRegistrationProcessVariables {

    public static final String PROCESS_ID = "UnitRegistrationProcess";

    public static final String RECORD_TITLE = RecordTitle.VARIABLE;
    /** The business key and id of the registration, e.g. {@code DK-2026-0007}. */
    public static final String REGISTRATION_ID = "registrationId";
    /** The code of the registering unit; the recognition process receives it. */
    public static final String UNIT_CODE = "unitCode";
    /** The plan year registered for; the recognition process receives it. */
    public static final String YEAR = "year";

    /** Start and revision forms: the unit (one of the user's, {@code referenceData: myUnits}) and what it commits to. */
    public static final String UNIT = "unit";
    public static final String COMMITMENT = "commitment";
    public static final String REGISTRATION_FILE = "registrationFile";

    /** Working days the managing level has to verify; the verification's due date reads it. */
    public static final String VERIFICATION_DAYS = "verificationDays";
    /** {@link #OUTCOME_ACCEPT} or {@link #OUTCOME_RETURN}. */
    public static final String VERIFICATION_OUTCOME = "verificationOutcome";
    public static final String OUTCOME_ACCEPT = "accept";
    public static final String OUTCOME_RETURN = "return";
    public static final String VERIFICATION_COMMENT = "verificationComment";
    /** The revision form shows the return's reason (read-only). */
    public static final String RETURN_REASON = "returnReason";

    /** {@link #REVISION_RESUBMIT} or {@link #REVISION_WITHDRAW}. */
    public static final String REVISION_DECISION = "revisionDecision";
    public static final String REVISION_RESUBMIT = "resubmit";
    public static final String REVISION_WITHDRAW = "withdraw";

    /** Set on acceptance: the timer cycle that opens the rounds ({@code R11/2025-11-20T01:00:00Z/P1M}: twelve rounds) and the period's end. */
    public static final String SELF_CHECK_CYCLE = "selfCheckCycle";
    public static final String PERIOD_ENDS_AT = "periodEndsAt";

    /** Local to each round's event subprocess: its number, its month for the task's name, its due and reminder times. */
    public static final String SELF_CHECK_ROUND = "selfCheckRound";
    public static final String SELF_CHECK_MONTH = "selfCheckMonth";
    public static final String SELF_CHECK_DUE_AT = "selfCheckDueAt";
    public static final String SELF_CHECK_REMIND_AT = "selfCheckRemindAt";

    /** The self-check form: the checklist items met ({@code valuesKey} options from the record) and a note. */
    public static final String MET_CRITERIA = "metCriteria";
    public static final String CRITERIA_OPTIONS = "selfCheckCriteria";
    public static final String SELF_CHECK_NOTE = "selfCheckNote";
    public static final String SELF_CHECK_FILES = "selfCheckFiles";

    /** The review form: a {@link ReviewOutcome} code and a comment (required for a follow-up). */
    public static final String REVIEW_OUTCOME = "reviewOutcome";
    public static final String REVIEW_COMMENT = "reviewComment";

    /** The escalation form: the leaders' instruction on a missed round. */
    public static final String ESCALATION_INSTRUCTION = "escalationInstruction";

    private UnitRegistrationProcessVariables() {
    }
}
