package vn.phoihop.commendations;

import static vn.phoihop.commendations.CommendationProcessVariables.AWARDED_NOMINEES;
import static vn.phoihop.commendations.CommendationProcessVariables.DECISION_ISSUED;
import static vn.phoihop.commendations.CommendationProcessVariables.DECISION_NUMBER;
import static vn.phoihop.commendations.CommendationProcessVariables.FRONT_APPROVES;
import static vn.phoihop.commendations.CommendationProcessVariables.POLICE_APPROVES;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.phoihop.documents.DocumentNumber;
import vn.phoihop.documents.DocumentNumbers;
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

    private final DocumentNumbers decisionNumbers;
    private final AwardFormRepository awardForms;
    private final CommendationRecords records;
    private final RecordNotifications notifications;
    private final CommendationRecorder recorder;

    IssueDecisionNumberDelegate(DocumentNumbers decisionNumbers, AwardFormRepository awardForms,
                                CommendationRecords records, RecordNotifications notifications,
                                CommendationRecorder recorder) {
        this.recorder = recorder;
        this.decisionNumbers = decisionNumbers;
        this.awardForms = awardForms;
        this.records = records;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Proposal proposal = recorder.proposalOf(execution);
        Set<Integer> awarded = awarded(execution, proposal);
        String proposalId = proposal.id();
        execution.setVariable(AWARDED_NOMINEES, new ArrayList<>(awarded.stream().map(String::valueOf).toList()));
        if (awarded.isEmpty()) {
            execution.setVariable(DECISION_ISSUED, false);
            records.decided(proposalId, awarded, null, null, null);
        } else {
            AwardForm award = awardForms.findById(proposal.awardForm()).orElseThrow();
            LocalDate today = ProvinceClock.today();
            DocumentNumber number = decisionNumbers.next(award.getIssuerCode(), today.getYear());
            String symbol = number.symbol(DECISION_TYPE);
            execution.setVariable(DECISION_NUMBER, symbol);
            execution.setVariable(DECISION_ISSUED, true);
            records.decided(proposalId, awarded, number, symbol, today);
        }
        notifications.outcome(proposal.proposerId(), proposalId, execution.getProcessInstanceId(), proposal.title(),
                CommendationPages.detail(proposalId));
    }

    /**
     * Positions of the nominees that passed the appraisal and that every side which took part
     * approved, as the approval listeners recorded them; a side that did not take part does not
     * narrow them. Read from the records, not from the approvals' variables.
     */
    private Set<Integer> awarded(DelegateExecution execution, Proposal proposal) {
        boolean police = Boolean.TRUE.equals(execution.getVariable(POLICE_APPROVES));
        boolean front = Boolean.TRUE.equals(execution.getVariable(FRONT_APPROVES));
        Set<Integer> awarded = new TreeSet<>();
        if (!police && !front) {
            return awarded;
        }
        for (Nominee nominee : records.nominees(proposal.id())) {
            if (Boolean.TRUE.equals(nominee.appraisalPassed())
                    && (!police || Boolean.TRUE.equals(nominee.policeApproved()))
                    && (!front || Boolean.TRUE.equals(nominee.frontApproved()))) {
                awarded.add(nominee.position());
            }
        }
        return awarded;
    }
}
