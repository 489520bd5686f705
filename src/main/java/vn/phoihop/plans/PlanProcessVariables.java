package vn.phoihop.plans;

import vn.phoihop.tasks.RecordTitle;

/**
 * Names of the process variables of {@code processes/PlanProcess.bpmn} (DESIGN.md §4). The forms
 * {@code forms/plan-*.form} use the same keys; their values stay local to their task and the step's
 * listener records them in the {@link Plan}.
 */
public final class PlanProcessVariables {

    public static final String PROCESS_ID = "PlanProcess";

    public static final String RECORD_TITLE = RecordTitle.VARIABLE;
    public static final String PLAN_ID = "planId";

    /** The start form: the plan's year, the plan it is copied from, its number and title. */
    public static final String YEAR = "year";
    public static final String SOURCE_PLAN = "sourcePlan";
    public static final String NUMBER = "number";
    public static final String TITLE = "title";

    /** The draft form: rows of {@code duties} (code, periodicity, text). */
    public static final String BASIS = "basis";
    public static final String DUTIES = "duties";

    /** Each side's approval form, and the side's decision the gateway reads. */
    public static final String APPROVAL_OUTCOME = "approvalOutcome";
    public static final String APPROVAL_COMMENT = "approvalComment";
    public static final String POLICE_OUTCOME = "policeOutcome";
    public static final String FRONT_OUTCOME = "frontOutcome";
    public static final String OUTCOME_APPROVE = "approve";
    public static final String OUTCOME_RETURN = "return";

    /** The local plans: the local levels (their police) of the year's tree, the one of each branch, its plan. */
    public static final String LOCAL_LEVELS = "localLevels";
    public static final String LOCAL_LEVEL = "localLevel";
    public static final String LOCAL_PLAN_ID = "localPlanId";
    public static final String ADAPTATIONS = "adaptations";

    /** The year's end and the assessment: rows of {@code assessments} (code, done, note). */
    public static final String YEAR_ENDS_AT = "yearEndsAt";
    public static final String ASSESSMENTS = "assessments";

    private PlanProcessVariables() {
    }
}
