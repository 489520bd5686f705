package vn.phoihop.commendations;

import static vn.phoihop.commendations.CommendationProcessVariables.DECISION_ISSUED;
import static vn.phoihop.commendations.CommendationProcessVariables.DECISION_NUMBER;
import static vn.phoihop.commendations.CommendationProcessVariables.FRONT_APPROVES;
import static vn.phoihop.commendations.CommendationProcessVariables.HIGHER_BODY_DECIDES;
import static vn.phoihop.commendations.CommendationProcessVariables.SUBMISSION_NUMBER;
import static vn.phoihop.commendations.CommendationProcessVariables.POLICE_APPROVES;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.phoihop.tasks.RecordTitle;

/**
 * {@code Task_IssueDecisionNumber}: the decision is issued here, or submitted to the higher body
 * that issues the award, or the proposal refused, by the record ({@link ProposalService#decide});
 * {@code decisionIssued} and {@code higherBodyDecides} route the rest. Runs after an async
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
        ProposalService.Decision decision = service.decide(execution.getProcessInstanceId(),
                Boolean.TRUE.equals(execution.getVariable(POLICE_APPROVES)),
                Boolean.TRUE.equals(execution.getVariable(FRONT_APPROVES)));
        execution.setVariable(DECISION_ISSUED, decision.outcome() == ProposalService.Decision.Outcome.ISSUED);
        execution.setVariable(HIGHER_BODY_DECIDES, decision.outcome() == ProposalService.Decision.Outcome.SUBMITTED);
        if (decision.outcome() == ProposalService.Decision.Outcome.ISSUED) {
            execution.setVariable(DECISION_NUMBER, decision.symbol());
        } else if (decision.outcome() == ProposalService.Decision.Outcome.SUBMITTED) {
            execution.setVariable(SUBMISSION_NUMBER, decision.symbol());
        }
        if (decision.symbol() != null) {
            // the task list finds the record by the number people know it by ("03/ttr-mttq")
            execution.setVariable(RecordTitle.NUMBER_VARIABLE, decision.symbol());
        }
    }
}
