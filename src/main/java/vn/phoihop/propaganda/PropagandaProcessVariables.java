package vn.phoihop.propaganda;

import vn.phoihop.tasks.RecordTitle;

/**
 * Names of the process variables of {@code processes/PropagandaProcess.bpmn} and the values its
 * gateways test (DESIGN.md §4). The forms {@code forms/propaganda-*.form} use the same keys; their
 * values stay local to their task and the step's listener records them in the {@link Material}.
 */
public final class PropagandaProcessVariables {

    public static final String PROCESS_ID = "PropagandaProcess";

    public static final String RECORD_TITLE = RecordTitle.VARIABLE;
    /** The business key and id of the material, e.g. {@code TT-2026-0001}. */
    public static final String MATERIAL_ID = "materialId";

    /** The material's start and revision forms. */
    public static final String TITLE = "title";
    public static final String TOPIC = "topic";
    public static final String BODY = "body";
    public static final String MATERIAL_FILES = "materialFiles";
    /** Shown read-only on the revision form. */
    public static final String RETURN_REASON = "returnReason";

    /** The leader's form: {@link #OUTCOME_APPROVE} or {@link #OUTCOME_RETURN}, with a comment (the reason of a return). */
    public static final String MATERIAL_OUTCOME = "materialOutcome";
    public static final String OUTCOME_APPROVE = "approve";
    public static final String OUTCOME_RETURN = "return";
    public static final String MATERIAL_COMMENT = "materialComment";

    /** The recipients' form: the organisations (codes) and the day by which they confirm. */
    public static final String RECIPIENTS = "recipients";
    public static final String CONFIRM_DUE_ON = "confirmDueOn";
    /** The organisations the branches run over, the one of each branch, and the branch's timers. */
    public static final String RECIPIENT_ORGANIZATIONS = "recipientOrganizations";
    public static final String ORGANIZATION = "organization";
    public static final String CONFIRM_DUE_AT = "confirmDueAt";
    public static final String CONFIRM_REMIND_AT = "confirmRemindAt";

    /** The confirmation form. */
    public static final String MATERIAL_BODY = "materialBody";
    public static final String ZALO_GROUPS = "zaloGroups";
    public static final String DISSEMINATED_ON = "disseminatedOn";
    public static final String MEMBERS_REACHED = "membersReached";
    public static final String CONFIRMATION_NOTE = "confirmationNote";
    /** Set by the confirmation's listener on its branch; the branch's gateway reads it. */
    public static final String SPEAKER_REQUESTED = "speakerRequested";
    public static final String TALK_ON = "talkOn";
    public static final String TALK_PLACE = "talkPlace";
    public static final String TALK_AUDIENCE = "talkAudience";
    public static final String TALK_TOPIC = "talkTopic";

    /** PX05's assignment of a speaker (one of its officers) and the talk's record. */
    public static final String SPEAKER_REQUEST = "speakerRequest";
    public static final String SPEAKER = "speaker";
    public static final String TALK_HELD_ON = "talkHeldOn";
    public static final String ATTENDANCE = "attendance";
    public static final String TALK_REPORT = "talkReport";

    /** The leaders' form for a late confirmation. */
    public static final String DIRECTION = "direction";
    public static final String OVERDUE_SUBJECT = "overdueSubject";

    private PropagandaProcessVariables() {
    }
}
