package vn.phoihop.commendations;

import static vn.phoihop.commendations.CommendationProcessVariables.AWARDED_NOMINEES;
import static vn.phoihop.commendations.CommendationProcessVariables.AWARD_FORM;
import static vn.phoihop.commendations.CommendationProcessVariables.DECISION_ISSUED;
import static vn.phoihop.commendations.CommendationProcessVariables.DECISION_NUMBER;
import static vn.phoihop.commendations.CommendationProcessVariables.FRONT_APPROVED_NOMINEES;
import static vn.phoihop.commendations.CommendationProcessVariables.FRONT_APPROVES;
import static vn.phoihop.commendations.CommendationProcessVariables.POLICE_APPROVED_NOMINEES;
import static vn.phoihop.commendations.CommendationProcessVariables.POLICE_APPROVES;
import static vn.phoihop.commendations.CommendationProcessVariables.PROPOSAL_ID;
import static vn.phoihop.commendations.CommendationProcessVariables.PROPOSER;
import static vn.phoihop.commendations.CommendationProcessVariables.RECORD_TITLE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.phoihop.notifications.RecordNotifications;
import vn.phoihop.portal.ProvinceClock;

/**
 * {@code Task_IssueDecisionNumber}: the decision commends the nominees that every side which had
 * to approve approved. When there is at least one, takes the next number of the award form's
 * issuer for the current year and sets {@code decisionNumber}, e.g. "05/QĐ-CAT";
 * {@code decisionIssued} says whether a decision was issued. The proposer is told either way.
 * Runs after an async continuation, so the number is taken in the job's transaction and given
 * back if it rolls back.
 */
@Component
class IssueDecisionNumberDelegate implements JavaDelegate {

    static final String DECISION_TYPE = "QĐ";

    private final DecisionNumbers decisionNumbers;
    private final AwardFormRepository awardForms;
    private final CommendationRecords records;
    private final RecordNotifications notifications;

    IssueDecisionNumberDelegate(DecisionNumbers decisionNumbers, AwardFormRepository awardForms,
                                CommendationRecords records, RecordNotifications notifications) {
        this.decisionNumbers = decisionNumbers;
        this.awardForms = awardForms;
        this.records = records;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Set<Integer> awarded = awarded(execution);
        String proposalId = (String) execution.getVariable(PROPOSAL_ID);
        execution.setVariable(AWARDED_NOMINEES, new ArrayList<>(awarded.stream().map(String::valueOf).toList()));
        if (awarded.isEmpty()) {
            execution.setVariable(DECISION_ISSUED, false);
            records.decided(proposalId, awarded, null, null, null);
        } else {
            AwardForm award = awardForms.findById((String) execution.getVariable(AWARD_FORM)).orElseThrow();
            LocalDate today = ProvinceClock.today();
            DecisionNumber number = decisionNumbers.next(award.getIssuerCode(), today.getYear());
            String symbol = number.symbol(DECISION_TYPE);
            execution.setVariable(DECISION_NUMBER, symbol);
            execution.setVariable(DECISION_ISSUED, true);
            records.decided(proposalId, awarded, number, symbol, today);
        }
        notifications.outcome((String) execution.getVariable(PROPOSER), proposalId, execution.getProcessInstanceId(),
                (String) execution.getVariable(RECORD_TITLE), CommendationPages.detail(proposalId));
    }

    /** Positions approved by every side that took part; a side that did not take part does not narrow them. */
    private static Set<Integer> awarded(DelegateExecution execution) {
        List<Set<Integer>> approvals = new ArrayList<>();
        if (Boolean.TRUE.equals(execution.getVariable(POLICE_APPROVES))) {
            approvals.add(CommendationRecorder.positions(execution.getVariable(POLICE_APPROVED_NOMINEES)));
        }
        if (Boolean.TRUE.equals(execution.getVariable(FRONT_APPROVES))) {
            approvals.add(CommendationRecorder.positions(execution.getVariable(FRONT_APPROVED_NOMINEES)));
        }
        if (approvals.isEmpty()) {
            return Set.of();
        }
        Set<Integer> awarded = new TreeSet<>(approvals.get(0));
        approvals.forEach(awarded::retainAll);
        return awarded;
    }
}
