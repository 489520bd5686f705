package vn.phoihop.plans;

import static vn.phoihop.plans.PlanProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.security.EngineUser;

/**
 * The approval tasks (complete): a side's leaders approve the plan or return it with the reason. The
 * side is the task's (its id ends in Police or Front); a local plan's task runs in its local level's branch.
 * The gateway after both asks the plan ({@link PlanApprovals}).
 */
@Component
class PlanReviewedListener implements TaskListener {

    private final PlanService plans;
    private final EngineUser engineUser;

    PlanReviewedListener(PlanService plans, EngineUser engineUser) {
        this.plans = plans;
        this.engineUser = engineUser;
    }

    @Override
    public void notify(DelegateTask task) {
        String outcome = (String) task.getVariable(APPROVAL_OUTCOME);
        if (!OUTCOME_APPROVE.equals(outcome) && !OUTCOME_RETURN.equals(outcome)) {
            throw new SubmissionRuleException("plans.error.outcome");
        }
        plans.reviewed(PlanTasks.planOf(task, plans), PlanTasks.side(task), OUTCOME_APPROVE.equals(outcome),
                (String) task.getVariable(APPROVAL_COMMENT), engineUser.current().orElse(task.getAssignee()));
    }
}
