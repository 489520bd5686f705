package vn.phoihop.plans;

import static vn.phoihop.plans.PlanProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.phoihop.security.EngineUser;

/** {@code Task_DeriveLocalPlan} (complete): the local level's plan, copied from the province's and adapted, waits for its two sides. */
@Component
class LocalPlanDerivedListener implements TaskListener {

    private final PlanService plans;
    private final EngineUser engineUser;

    LocalPlanDerivedListener(PlanService plans, EngineUser engineUser) {
        this.plans = plans;
        this.engineUser = engineUser;
    }

    @Override
    public void notify(DelegateTask task) {
        plans.derived((String) task.getVariable(PLAN_ID), (String) task.getVariable(LOCAL_LEVEL), (String) task.getVariable(TITLE),
                (String) task.getVariable(ADAPTATIONS), engineUser.current().orElse(task.getAssignee()));
    }
}
