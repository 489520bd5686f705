package vn.phoihop.commendations;

import static vn.phoihop.commendations.CommendationProcessVariables.DECISION_APPROVE;
import static vn.phoihop.commendations.CommendationProcessVariables.DECISION_ISSUED;
import static vn.phoihop.commendations.CommendationProcessVariables.DECISION_NUMBER;
import static vn.phoihop.commendations.CommendationProcessVariables.FRONT_APPROVAL_DECISION;
import static vn.phoihop.commendations.CommendationProcessVariables.FRONT_APPROVES;
import static vn.phoihop.commendations.CommendationProcessVariables.POLICE_APPROVAL_DECISION;
import static vn.phoihop.commendations.CommendationProcessVariables.POLICE_APPROVES;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.phoihop.portal.ProvinceClock;

/**
 * {@code Task_IssueDecisionNumber}: when every side that had to approve did, takes the next
 * decision number of the issuer (the police when they approved, otherwise the Front) for the
 * current year and sets {@code decisionNumber}, e.g. "05/QĐ-CAT"; {@code decisionIssued} says
 * whether a decision was issued. Runs after an async continuation, so the number is taken in the
 * job's transaction and given back if it rolls back.
 */
@Component
class IssueDecisionNumberDelegate implements JavaDelegate {

    static final String POLICE_ISSUER = "CAT";
    static final String FRONT_ISSUER = "MTTQ";
    static final String DECISION_TYPE = "QĐ";

    private final DecisionNumbers decisionNumbers;

    IssueDecisionNumberDelegate(DecisionNumbers decisionNumbers) {
        this.decisionNumbers = decisionNumbers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean police = isTrue(execution.getVariable(POLICE_APPROVES));
        boolean front = isTrue(execution.getVariable(FRONT_APPROVES));
        boolean approved = (police || front)
                && (!police || DECISION_APPROVE.equals(execution.getVariable(POLICE_APPROVAL_DECISION)))
                && (!front || DECISION_APPROVE.equals(execution.getVariable(FRONT_APPROVAL_DECISION)));
        if (!approved) {
            execution.setVariable(DECISION_ISSUED, false);
            return;
        }
        int year = ClockUtil.getCurrentTime().toInstant().atZone(ProvinceClock.ZONE).getYear();
        DecisionNumber number = decisionNumbers.next(police ? POLICE_ISSUER : FRONT_ISSUER, year);
        execution.setVariable(DECISION_NUMBER, number.symbol(DECISION_TYPE));
        execution.setVariable(DECISION_ISSUED, true);
    }

    private static boolean isTrue(Object flag) {
        return Boolean.TRUE.equals(flag);
    }
}
