package vn.phoihop.propaganda;

import static vn.phoihop.propaganda.PropagandaProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import vn.phoihop.security.EngineUser;
import vn.phoihop.forms.SubmissionRuleException;
import org.springframework.stereotype.Component;

/** {@code Task_ApproveMaterial} (complete): approved, or returned to PX05 with the reason. The gateway reads the outcome. */
@Component
class MaterialReviewedListener implements TaskListener {

    private final PropagandaService service;
    private final EngineUser engineUser;

    MaterialReviewedListener(PropagandaService service, EngineUser engineUser) {
        this.service = service;
        this.engineUser = engineUser;
    }

    @Override
    public void notify(DelegateTask task) {
        String outcome = (String) task.getVariable(MATERIAL_OUTCOME);
        if (OUTCOME_APPROVE.equals(outcome)) {
            service.approved(task.getProcessInstanceId(), engineUser.current().orElse(task.getAssignee()));
        } else if (OUTCOME_RETURN.equals(outcome)) {
            service.returned(task.getProcessInstanceId(), (String) task.getVariable(MATERIAL_COMMENT));
        } else {
            throw new SubmissionRuleException("propaganda.error.outcome");
        }
        task.getExecution().setVariable(MATERIAL_OUTCOME, outcome);
    }
}
