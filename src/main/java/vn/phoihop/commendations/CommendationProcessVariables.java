package vn.phoihop.commendations;

import vn.phoihop.tasks.RecordTitle;

/**
 * Names of the process variables of {@code processes/CommendationProcess.bpmn} and the values its
 * gateways test, in one place (DESIGN.md §4). The forms in {@code forms/commendation-*.form} use
 * the same keys.
 */
public final class CommendationProcessVariables {

    public static final String PROCESS_ID = "CommendationProcess";

    /** Set by the start event ({@code camunda:initiator}): the user who proposed, who revises a returned proposal. */
    public static final String PROPOSER = "proposer";
    public static final String RECORD_TITLE = RecordTitle.VARIABLE;
    /** One of the award codes of {@code CommendationApprover.dmn}, e.g. {@code giay-khen-giam-doc-cat}. */
    public static final String AWARD_FORM = "awardForm";
    /** {@code police} or {@code front}. */
    public static final String PROPOSING_SIDE = "proposingSide";
    public static final String NOMINEES = "nominees";
    public static final String ACHIEVEMENT = "achievement";

    /** {@link #OUTCOME_PASS}, {@link #OUTCOME_RETURN} or {@link #OUTCOME_REJECT}. */
    public static final String APPRAISAL_OUTCOME = "appraisalOutcome";
    public static final String OUTCOME_PASS = "pass";
    public static final String OUTCOME_RETURN = "return";
    public static final String OUTCOME_REJECT = "reject";
    public static final String APPRAISAL_COMMENT = "appraisalComment";
    /** True once the appraiser was reminded that the appraisal deadline is near. */
    public static final String APPRAISAL_REMINDED = "appraisalReminded";

    /** {@link #REVISION_RESUBMIT} or {@link #REVISION_WITHDRAW}. */
    public static final String REVISION_DECISION = "revisionDecision";
    public static final String REVISION_RESUBMIT = "resubmit";
    public static final String REVISION_WITHDRAW = "withdraw";

    /** The decision table's result; the gateways test the two flags copied out of it. */
    public static final String APPROVERS = "approvers";
    public static final String POLICE_APPROVES = "policeApproves";
    public static final String FRONT_APPROVES = "frontApproves";

    /** Submitted by both approval tasks (form {@code commendation-approval}), local to each task. */
    public static final String APPROVAL_DECISION = "approvalDecision";
    public static final String APPROVAL_COMMENT = "approvalComment";
    public static final String DECISION_APPROVE = "approve";
    public static final String DECISION_REFUSE = "refuse";
    /** The approval tasks' output mappings copy their local decision into these. */
    public static final String POLICE_APPROVAL_DECISION = "policeApprovalDecision";
    public static final String FRONT_APPROVAL_DECISION = "frontApprovalDecision";

    /** True once the side's leaders were reminded that their approval has waited five working days. */
    public static final String POLICE_APPROVER_REMINDED = "policeApproverReminded";
    public static final String FRONT_APPROVER_REMINDED = "frontApproverReminded";

    /** True when every participating side approved and a number was given. */
    public static final String DECISION_ISSUED = "decisionIssued";
    /** The decision's symbol, e.g. "05/QĐ-CAT". */
    public static final String DECISION_NUMBER = "decisionNumber";

    private CommendationProcessVariables() {
    }
}
