package vn.phoihop.plans;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** A local plan's approval tasks (create): the local level's own leaders of the side approve, or PX05 / PTTG where it has none. */
@Component
class AssignPlanApproverListener implements TaskListener {

    private final PlanService plans;

    AssignPlanApproverListener(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public void notify(DelegateTask task) {
        task.addCandidateGroup(plans.approverGroup(plans.plan(PlanTasks.planOf(task, plans)), PlanTasks.side(task)));
    }
}
