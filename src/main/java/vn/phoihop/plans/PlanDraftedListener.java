package vn.phoihop.plans;

import static vn.phoihop.plans.PlanProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.phoihop.forms.FormRows;
import vn.phoihop.security.EngineUser;

/** {@code Task_DraftPlan} (complete): the drafters' title, basis and duties go on the plan, which waits for both sides. */
@Component
class PlanDraftedListener implements TaskListener {

    private final PlanService plans;
    private final EngineUser engineUser;

    PlanDraftedListener(PlanService plans, EngineUser engineUser) {
        this.plans = plans;
        this.engineUser = engineUser;
    }

    @Override
    public void notify(DelegateTask task) {
        plans.redrafted((String) task.getVariable(PLAN_ID), (String) task.getVariable(TITLE), (String) task.getVariable(BASIS),
                FormRows.rows(task.getVariable(DUTIES), "plans.error.duties",
                        row -> new DutyDraft(FormRows.text(row, "code"), FormRows.text(row, "periodicity"), FormRows.text(row, "text"))),
                engineUser.current().orElse(task.getAssignee()));
    }
}
