package vn.phoihop.plans;

import static vn.phoihop.plans.PlanProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;

/** Which plan and which side an approval task of {@code PlanProcess} is about, from the model and the engine's own variables. */
final class PlanTasks {

    static final String LOCAL_TASK_PREFIX = "Task_ApproveLocalPlan";

    private PlanTasks() {
    }

    static PlanSide side(DelegateTask task) {
        return task.getTaskDefinitionKey().endsWith("Police") ? PlanSide.POLICE : PlanSide.FRONT;
    }

    /** The province's plan, or in a local level's branch the local plan derived from it. */
    static String planOf(DelegateTask task, PlanService plans) {
        String planId = (String) task.getVariable(PLAN_ID);
        return task.getTaskDefinitionKey().startsWith(LOCAL_TASK_PREFIX)
                ? plans.localPlan(planId, (String) task.getVariable(LOCAL_LEVEL)).id() : planId;
    }
}
