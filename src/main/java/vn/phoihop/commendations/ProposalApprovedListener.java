package vn.phoihop.commendations;

import static vn.phoihop.commendations.CommendationProcessVariables.APPROVED_NOMINEES;
import static vn.phoihop.commendations.CommendationProcessVariables.CONFIRM_REFUSAL;
import static vn.phoihop.commendations.CommendationProcessVariables.REFUSAL_REASON;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_PoliceLeadersApprove} and {@code Task_FrontLeadersApprove} (complete): the nominees
 * this side's leader approved; the others are refused, with the reason the leader gave and
 * confirmed. The step says which side.
 */
@Component
class ProposalApprovedListener implements TaskListener {

    static final String FRONT_APPROVAL = "Task_FrontLeadersApprove";

    private final ProposalService service;

    ProposalApprovedListener(ProposalService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        String side = FRONT_APPROVAL.equals(task.getTaskDefinitionKey()) ? ProposingSide.FRONT : ProposingSide.POLICE;
        service.approved(task.getProcessInstanceId(), side, NomineePositions.of(task.getVariable(APPROVED_NOMINEES)),
                (String) task.getVariable(REFUSAL_REASON), Boolean.TRUE.equals(task.getVariable(CONFIRM_REFUSAL)));
    }
}
