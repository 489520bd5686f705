package vn.phoihop.plans;

import static vn.phoihop.plans.PlanProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_DeriveLocalPlan} (create): the branch's local police and the Front beside it draft their plan; their groups, from our table. */
@Component
class AssignLocalPlanListener implements TaskListener {

    private final PlanService plans;

    AssignLocalPlanListener(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public void notify(DelegateTask task) {
        plans.localGroups((String) task.getVariable(LOCAL_LEVEL)).forEach(task::addCandidateGroup);
    }
}
