package vn.phoihop.commendations;

import static vn.phoihop.commendations.CommendationProcessVariables.DECISION_ISSUED;
import static vn.phoihop.commendations.CommendationProcessVariables.DECISION_NUMBER;
import static vn.phoihop.commendations.CommendationProcessVariables.FRONT_APPROVES;
import static vn.phoihop.commendations.CommendationProcessVariables.POLICE_APPROVES;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_IssueDecisionNumber}: the decision is issued, or the proposal refused, by the record
 * ({@link ProposalService#decide}); {@code decisionIssued} routes the end. Runs after an async
 * continuation, so the number is taken in the job's transaction and given back if it rolls back.
 */
@Component
class IssueDecisionNumberDelegate implements JavaDelegate {

    private final ProposalService service;

    IssueDecisionNumberDelegate(ProposalService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Optional<String> symbol = service.decide(execution.getProcessInstanceId(),
                Boolean.TRUE.equals(execution.getVariable(POLICE_APPROVES)),
                Boolean.TRUE.equals(execution.getVariable(FRONT_APPROVES)));
        execution.setVariable(DECISION_ISSUED, symbol.isPresent());
        symbol.ifPresent(number -> execution.setVariable(DECISION_NUMBER, number));
    }
}
