package vn.phoihop.plans;

import static vn.phoihop.plans.PlanProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_PublishLocalPlan}: the local level's two sides approved; its plan is published. */
@Component
class PublishLocalPlanDelegate implements JavaDelegate {

    private final PlanService plans;

    PublishLocalPlanDelegate(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        plans.localPublished((String) execution.getVariable(PLAN_ID), (String) execution.getVariable(LOCAL_LEVEL));
    }
}
