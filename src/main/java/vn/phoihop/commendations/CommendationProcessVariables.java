package vn.phoihop.commendations;

import vn.phoihop.tasks.RecordTitle;

/**
 * Names of the process variables of {@code processes/CommendationProcess.bpmn} and the values its
 * gateways test, in one place (DESIGN.md §4). The forms in {@code forms/commendation-*.form} use
 * the same keys. A task form's values are local to its task; the step's listener records them in
 * the {@link Proposal} and sets the few variables the instance keeps: ids, the title the task list
 * shows, the decision table's inputs, timer inputs and routing flags.
 */
public final class CommendationProcessVariables {

    public static final String PROCESS_ID = "CommendationProcess";

    public static final String RECORD_TITLE = RecordTitle.VARIABLE;
    /** The business key and id of the proposal's record, e.g. {@code KT-2026-0007}; set when the proposal is first recorded. */
    public static final String PROPOSAL_ID = "proposalId";
    /** Code of the organisation the proposal speaks for; one of the proposer's. */
    public static final String PROPOSING_ORGANIZATION = "proposingOrganization";
    /** A {@link ProposalSource} code. */
    public static final String SOURCE = "source";
    /** An award-form code of {@code reference/award-forms.yaml}, e.g. {@code giay-khen-giam-doc-cat}. */
    public static final String AWARD_FORM = "awardForm";
    /** {@code police} or {@code front}, derived from the proposing organisation ({@link ProposingSide}). */
    public static final String PROPOSING_SIDE = "proposingSide";
    /** The proposal and revision forms' dynamic list: maps with the keys of {@link NomineeList}; recorded, not kept. */
    public static final String NOMINEES = "nominees";
    /** The award form's appraisal time limit in working days; the timers read it. */
    public static final String APPRAISAL_DAYS = "appraisalDays";
    /** Options of the appraisal checklist ({@code valuesKey}): every nominee, value = position, from the record. */
    public static final String NOMINEE_OPTIONS = "nomineeOptions";
    /** The positions PX05 ticked as right subject and right achievement. */
    public static final String APPRAISED_NOMINEES = "appraisedNominees";
    /** Options of the approval checklists ({@code valuesKey}): the nominees that passed the appraisal, from the record. */
    public static final String APPROVAL_NOMINEE_OPTIONS = "approvalNomineeOptions";

    /** {@link #OUTCOME_PASS}, {@link #OUTCOME_RETURN} or {@link #OUTCOME_REJECT}. */
    public static final String APPRAISAL_OUTCOME = "appraisalOutcome";
    public static final String OUTCOME_PASS = "pass";
    public static final String OUTCOME_RETURN = "return";
    public static final String OUTCOME_REJECT = "reject";
    public static final String APPRAISAL_COMMENT = "appraisalComment";
    /** True once the appraiser was reminded that the appraisal deadline is near. */
    public static final String APPRAISAL_REMINDED = "appraisalReminded";

    /**
     * The overdue review's form ({@code commendation-overdue-review}), local to the task:
     * {@link #OVERDUE_EXTEND}, {@link #OVERDUE_REASSIGN} or {@link #OVERDUE_NOTE}, with its details.
     */
    public static final String OVERDUE_DECISION = "overdueDecision";
    public static final String OVERDUE_EXTEND = "extend";
    public static final String OVERDUE_REASSIGN = "reassign";
    public static final String OVERDUE_NOTE = "note";
    public static final String EXTENSION_DAYS = "extensionDays";
    public static final String NEW_APPRAISER = "newAppraiser";
    public static final String REVIEW_NOTE = "reviewNote";
    /** Routing flag: the leader extended the appraisal, so the escalation waits until {@link #APPRAISAL_EXTENDED_UNTIL}. */
    public static final String APPRAISAL_EXTENDED = "appraisalExtended";
    public static final String APPRAISAL_EXTENDED_UNTIL = "appraisalExtendedUntil";
    /** Routing flag: the appraisal was still not done when the extension ran out. */
    public static final String APPRAISAL_OPEN = "appraisalOpen";

    /** {@link #REVISION_RESUBMIT} or {@link #REVISION_WITHDRAW}. */
    public static final String REVISION_DECISION = "revisionDecision";
    public static final String REVISION_RESUBMIT = "resubmit";
    public static final String REVISION_WITHDRAW = "withdraw";

    /** The decision table's result; the gateways test the two flags copied out of it. */
    public static final String APPROVERS = "approvers";
    public static final String POLICE_APPROVES = "policeApproves";
    public static final String FRONT_APPROVES = "frontApproves";

    /** Submitted by both approval tasks (form {@code commendation-approval}), local to each task: the positions approved. */
    public static final String APPROVED_NOMINEES = "approvedNominees";
    public static final String APPROVAL_COMMENT = "approvalComment";
    /** Why the nominees not ticked are refused; required, with {@link #CONFIRM_REFUSAL}, when any is. */
    public static final String REFUSAL_REASON = "refusalReason";
    public static final String CONFIRM_REFUSAL = "confirmRefusal";

    /** True once the side's leaders were reminded that their approval has waited five working days. */
    public static final String POLICE_APPROVER_REMINDED = "policeApproverReminded";
    public static final String FRONT_APPROVER_REMINDED = "frontApproverReminded";

    /** True when at least one nominee was approved by every participating side and a number was given. */
    public static final String DECISION_ISSUED = "decisionIssued";
    /** The decision's symbol, e.g. "05/QĐ-CAT". */
    public static final String DECISION_NUMBER = "decisionNumber";
    /** Routing flag: the award is a higher body's; a submission went to it and its decision is awaited. */
    public static final String HIGHER_BODY_DECIDES = "higherBodyDecides";
    /** The submission's symbol, e.g. "03/TTr-CAT". */
    public static final String SUBMISSION_NUMBER = "submissionNumber";
    /** The form {@code commendation-higher-decision}, local to its task: the higher body's decision as received. */
    public static final String HIGHER_DECISION_NUMBER = "higherDecisionNumber";
    public static final String HIGHER_DECISION_DATE = "higherDecisionDate";

    private CommendationProcessVariables() {
    }
}
