package vn.phoihop.models.inspections;

import static vn.phoihop.models.inspections.ModelInspectionProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.security.EngineUser;

/** {@code Task_ApproveTeam} (complete): the leaders approve the team, or return it with the reason. The gateway reads the outcome. */
@Component
class TeamReviewedListener implements TaskListener {

    private final InspectionService service;
    private final EngineUser engineUser;

    TeamReviewedListener(InspectionService service, EngineUser engineUser) {
        this.service = service;
        this.engineUser = engineUser;
    }

    @Override
    public void notify(DelegateTask task) {
        String outcome = (String) task.getVariable(TEAM_OUTCOME);
        if (OUTCOME_APPROVE.equals(outcome)) {
            service.teamApproved(task.getProcessInstanceId(), engineUser.current().orElse(task.getAssignee()));
        } else if (OUTCOME_RETURN.equals(outcome)) {
            service.teamReturned(task.getProcessInstanceId(), (String) task.getVariable(TEAM_COMMENT));
        } else {
            throw new SubmissionRuleException("models.inspections.error.outcome");
        }
        task.getExecution().setVariable(TEAM_OUTCOME, outcome);
    }
}
