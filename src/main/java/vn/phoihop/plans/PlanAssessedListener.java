package vn.phoihop.plans;

import static vn.phoihop.plans.PlanProcessVariables.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.phoihop.forms.FormRows;
import vn.phoihop.security.EngineUser;

/** {@code Task_AssessPlanDuties} (complete): at the year's end each duty is marked done or not, with a note. */
@Component
class PlanAssessedListener implements TaskListener {

    private final PlanService plans;
    private final EngineUser engineUser;

    PlanAssessedListener(PlanService plans, EngineUser engineUser) {
        this.plans = plans;
        this.engineUser = engineUser;
    }

    @Override
    public void notify(DelegateTask task) {
        List<Map<?, ?>> rows = FormRows.rows(task.getVariable(ASSESSMENTS), "plans.error.assessment", row -> row);
        Map<String, Boolean> done = new LinkedHashMap<>();
        Map<String, String> notes = new LinkedHashMap<>();
        for (Map<?, ?> row : rows) {
            String code = FormRows.text(row, "code");
            done.put(code, Boolean.TRUE.equals(row.get("done")));
            notes.put(code, FormRows.text(row, "note"));
        }
        plans.assessed((String) task.getVariable(PLAN_ID), done, notes, engineUser.current().orElse(task.getAssignee()));
    }
}
