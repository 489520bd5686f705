package vn.phoihop.meetings;

import vn.phoihop.tasks.RecordTitle;

/**
 * Names of the process variables of {@code processes/LiaisonMeetingProcess.bpmn} and the values its
 * gateways test (DESIGN.md §4). The forms {@code forms/liaison-meeting-*.form} use the same keys;
 * their values stay local to their task and the step's listener records them in the
 * {@link Meeting}. The instance keeps ids, timer inputs and routing flags.
 */
public final class LiaisonMeetingProcessVariables {

    public static final String PROCESS_ID = "LiaisonMeetingProcess";

    public static final String RECORD_TITLE = RecordTitle.VARIABLE;
    /** The business key and id of the meeting, e.g. {@code GB-2026-0003}. */
    public static final String MEETING_ID = "meetingId";

    /** The ad-hoc start form: why the meeting is called. */
    public static final String MEETING_REASON = "meetingReason";

    /** The member organisations asked for an update (codes), and the one of each parallel branch. */
    public static final String MEMBER_ORGANIZATIONS = "memberOrganizations";
    public static final String ORGANIZATION = "organization";
    /** When the updates are due, when the members are reminded, when the minutes are taken up without the missing ones. */
    public static final String UPDATES_DUE_AT = "updatesDueAt";
    public static final String UPDATES_REMIND_AT = "updatesRemindAt";
    public static final String UPDATES_CLOSE_AT = "updatesCloseAt";

    /** The update form. */
    public static final String UPDATE_RESULTS = "updateResults";
    public static final String UPDATE_DIFFICULTIES = "updateDifficulties";
    public static final String UPDATE_PROPOSALS = "updateProposals";
    public static final String UPDATE_FILES = "updateFiles";

    /** The minutes form: rows of {@code attendees}, {@code actions} and {@code commendations} are dynamic lists. */
    public static final String HELD_ON = "heldOn";
    public static final String PLACE = "place";
    public static final String CHAIRED_BY = "chairedBy";
    public static final String ATTENDEES = "attendees";
    public static final String ASSESSMENT = "assessment";
    public static final String DIFFICULTIES = "difficulties";
    public static final String RESOLUTIONS = "resolutions";
    public static final String NEXT_PERIOD = "nextPeriod";
    public static final String ACTIONS = "actions";
    public static final String COMMENDATIONS = "commendations";
    public static final String MINUTES_FILES = "minutesFiles";
    /** Shown read-only on the minutes form after a return. */
    public static final String MINUTES_RETURN_REASON = "minutesReturnReason";

    /** The approval form: {@link #OUTCOME_APPROVE} or {@link #OUTCOME_RETURN}, with a comment (the reason of a return). */
    public static final String MINUTES_OUTCOME = "minutesOutcome";
    public static final String OUTCOME_APPROVE = "approve";
    public static final String OUTCOME_RETURN = "return";
    public static final String MINUTES_COMMENT = "minutesComment";

    /** The ids of the approved minutes' actions, and the one of each parallel branch with its due and reminder times. */
    public static final String ACTION_IDS = "actionIds";
    public static final String ACTION_ID = "actionId";
    public static final String ACTION_DUE_AT = "actionDueAt";
    public static final String ACTION_REMIND_AT = "actionRemindAt";

    /** The action form: the report of what was done; what to do and by when are shown from the record. */
    public static final String ACTION_CONTENT = "actionContent";
    public static final String ACTION_DUE_ON = "actionDueOn";
    public static final String ACTION_REPORT = "actionReport";
    public static final String ACTION_FILES = "actionFiles";

    /** The overdue form of the leaders (a late update or a late action): their instruction. */
    public static final String DIRECTION = "direction";
    public static final String OVERDUE_SUBJECT = "overdueSubject";

    private LiaisonMeetingProcessVariables() {
    }
}
