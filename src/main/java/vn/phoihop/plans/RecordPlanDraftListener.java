package vn.phoihop.plans;

import static vn.phoihop.plans.PlanProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.phoihop.forms.FormNumbers;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.security.EngineUser;

/** {@code StartEvent_PlanRequested} (end): PX05 or PTTG (the user the engine acts for) drafts the year's plan from an earlier one. */
@Component
class RecordPlanDraftListener implements ExecutionListener {

    private final PlanService plans;
    private final EngineUser engineUser;

    RecordPlanDraftListener(PlanService plans, EngineUser engineUser) {
        this.plans = plans;
        this.engineUser = engineUser;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String user = engineUser.current().orElseThrow(() -> new SubmissionRuleException("plans.error.notCoordinator"));
        Plan plan = plans.drafted(execution.getProcessInstanceId(), (String) execution.getVariable(SOURCE_PLAN),
                FormNumbers.integer(execution.getVariable(YEAR), "plans.error.year"), (String) execution.getVariable(NUMBER),
                (String) execution.getVariable(TITLE), user);
        execution.setProcessBusinessKey(plan.id());
        execution.setVariable(PLAN_ID, plan.id());
        execution.setVariable(YEAR_ENDS_AT, PlanService.yearEndsAt(plan));
        execution.setVariable(RECORD_TITLE, "Kế hoạch " + plan.year() + " (" + plan.id() + ")");
    }
}
