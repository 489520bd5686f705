package vn.phoihop.models.inspections;

import vn.phoihop.tasks.RecordTitle;

/**
 * Names of the process variables of {@code processes/ModelInspectionProcess.bpmn} and the values its
 * gateway tests (DESIGN.md §4). The forms {@code forms/model-inspection-*.form} use the same keys;
 * their values stay local to their task and the step's listener records them in the
 * {@link ModelInspection}. The instance keeps ids, timer inputs and routing flags.
 */
public final class ModelInspectionProcessVariables {

    public static final String PROCESS_ID = "ModelInspectionProcess";

    public static final String RECORD_TITLE = RecordTitle.VARIABLE;
    /** The business key and id of the inspection, e.g. {@code KTMH-2026-0001}. */
    public static final String INSPECTION_ID = "inspectionId";

    /** The start form: the plan's year the inspection belongs to. */
    public static final String PLAN_YEAR = "planYear";

    /** The member organisations asked to select (codes), and the one of each parallel branch. */
    public static final String MEMBER_ORGANIZATIONS = "memberOrganizations";
    public static final String ORGANIZATION = "organization";
    public static final String SELECTION_DUE_AT = "selectionDueAt";
    public static final String SELECTION_REMIND_AT = "selectionRemindAt";
    public static final String SELECTION_CLOSE_AT = "selectionCloseAt";

    /** The selection form. */
    public static final String MODEL_ID = "modelId";
    public static final String SELECTION_NOTE = "selectionNote";

    /** The team form: rows of {@code teamMembers} (organization, name, jobTitle), the inspection's days. */
    public static final String TEAM_MEMBERS = "teamMembers";
    public static final String INSPECT_FROM = "inspectFrom";
    public static final String INSPECT_TO = "inspectTo";
    public static final String TEAM_NOTE = "teamNote";
    /** Shown read-only on the team form after a return. */
    public static final String TEAM_RETURN_REASON = "teamReturnReason";

    /** The leaders' form: {@link #OUTCOME_APPROVE} or {@link #OUTCOME_RETURN}, with a comment (the reason of a return). */
    public static final String TEAM_OUTCOME = "teamOutcome";
    public static final String OUTCOME_APPROVE = "approve";
    public static final String OUTCOME_RETURN = "return";
    public static final String TEAM_COMMENT = "teamComment";

    /** The organisations whose selected model the team inspects (one findings branch each). */
    public static final String SELECTED_ORGANIZATIONS = "selectedOrganizations";
    /** The findings form: rows of {@code weaknesses} (content, dueOn). */
    public static final String INSPECTED_MODEL = "inspectedModel";
    public static final String INSPECTED_ON = "inspectedOn";
    public static final String STRENGTHS = "strengths";
    public static final String WEAKNESSES = "weaknesses";
    public static final String RECOMMENDATIONS = "recommendations";
    public static final String FINDINGS_FILES = "findingsFiles";

    /** The announcement form. */
    public static final String ANNOUNCEMENT = "announcement";

    /** The ids of the remediations, and the one of each parallel branch with its due and reminder times. */
    public static final String REMEDIATION_IDS = "remediationIds";
    public static final String REMEDIATION_ID = "remediationId";
    public static final String REMEDIATION_DUE_AT = "remediationDueAt";
    public static final String REMEDIATION_REMIND_AT = "remediationRemindAt";

    /** The remediation form: the report; the weakness and its day are shown from the record. */
    public static final String WEAKNESS = "weakness";
    public static final String REMEDIATION_DUE_ON = "remediationDueOn";
    public static final String REMEDIATION_REPORT = "remediationReport";
    public static final String REMEDIATION_FILES = "remediationFiles";

    /** The leaders' form for an overdue remediation. */
    public static final String DIRECTION = "direction";
    public static final String OVERDUE_SUBJECT = "overdueSubject";

    private ModelInspectionProcessVariables() {
    }
}
