package vn.phoihop.plans;

import static vn.phoihop.plans.PlanProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_PublishPlan}: both sides approved; the plan is published and every local level of its year derives its own. */
@Component
class PublishPlanDelegate implements JavaDelegate {

    private final PlanService plans;

    PublishPlanDelegate(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(LOCAL_LEVELS, plans.published((String) execution.getVariable(PLAN_ID)));
    }
}
