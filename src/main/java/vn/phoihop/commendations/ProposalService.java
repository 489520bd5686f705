package vn.phoihop.commendations;

import static vn.phoihop.commendations.CommendationProcessVariables.APPRAISAL_DAYS;
import static vn.phoihop.commendations.CommendationProcessVariables.AWARD_FORM;
import static vn.phoihop.commendations.CommendationProcessVariables.PROPOSAL_ID;
import static vn.phoihop.commendations.CommendationProcessVariables.PROPOSING_SIDE;
import static vn.phoihop.commendations.CommendationProcessVariables.RECORD_TITLE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Service;
import vn.phoihop.documents.DocumentNumber;
import vn.phoihop.documents.DocumentNumbers;
import vn.phoihop.documents.RecordIds;
import vn.phoihop.notifications.RecordNotifications;
import vn.phoihop.organizations.OrganizationRepository;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.security.GroupGrants;

/**
 * The commendation feature's use cases, one per step of {@code CommendationProcess}: each loads
 * the proposal of the process instance, lets the {@link Proposal} apply its rule and saves it.
 * Called by the process's listeners and delegates inside the engine's transaction, so a step that
 * rolls back leaves the record as it was. The proposal is always found by process instance in our
 * tables, never by an id a request could have set.
 */
@Service
public class ProposalService {

    /** Proposal ids: KT-2026-0007 (khen thưởng). */
    static final String ID_PREFIX = "KT";
    static final String DECISION_TYPE = "QĐ";
    static final String SUBMISSION_TYPE = "TTr";

    /** What became of the approvals: a decision of ours, a submission to a higher body, or nothing. */
    record Decision(Outcome outcome, String symbol) {

        enum Outcome { ISSUED, SUBMITTED, REFUSED }
    }

    private final ProposalRepository proposals;
    private final AwardFormRepository awardForms;
    private final OrganizationRepository organizations;
    private final DocumentNumbers numbers;
    private final RecordIds recordIds;
    private final GroupGrants grants;
    private final RecordNotifications notifications;
    private final CommendationProperties registers;
    private final DecisionFiles decisionFiles;

    ProposalService(ProposalRepository proposals, AwardFormRepository awardForms, OrganizationRepository organizations,
                    DocumentNumbers numbers, RecordIds recordIds, GroupGrants grants, RecordNotifications notifications,
                    CommendationProperties registers, DecisionFiles decisionFiles) {
        this.registers = registers;
        this.decisionFiles = decisionFiles;
        this.proposals = proposals;
        this.awardForms = awardForms;
        this.organizations = organizations;
        this.numbers = numbers;
        this.recordIds = recordIds;
        this.grants = grants;
        this.notifications = notifications;
    }

    Proposal submitted(String processInstanceId, String proposer, ProposalSubmission submission) {
        int year = ProvinceClock.today().getYear();
        String id = recordIds.next(ID_PREFIX, year);
        Proposal proposal = proposals.save(Proposal.submit(id, processInstanceId, proposer, year, submission, now()));
        letOrganizationRead(proposal);
        return proposal;
    }

    Proposal resubmitted(String processInstanceId, ProposalSubmission submission) {
        Proposal proposal = of(processInstanceId);
        proposal.resubmit(submission, now());
        // again: the resubmission may name another of the proposer's organisations
        letOrganizationRead(proposal);
        return proposals.save(proposal);
    }

    void withdrawn(String processInstanceId) {
        Proposal proposal = of(processInstanceId);
        proposal.withdraw(now());
        proposals.save(proposal);
    }

    /** A rejection ends the proposal without a task for the proposer, so they are told here. */
    void appraised(String processInstanceId, AppraisalOutcome outcome, String comment, Set<Integer> passed) {
        Proposal proposal = of(processInstanceId);
        proposal.appraise(outcome, comment, passed, now());
        proposals.save(proposal);
        if (outcome == AppraisalOutcome.REJECT) {
            tellProposer(proposal);
        }
    }

    void approved(String processInstanceId, String side, Set<Integer> approved, String refusalReason,
                  boolean refusalConfirmed) {
        Proposal proposal = of(processInstanceId);
        proposal.approve(side, approved, refusalReason, refusalConfirmed, now());
        proposals.save(proposal);
    }

    /**
     * The nominees every participating side approved are commended: by a decision under the next
     * number of the award form's issuer when the product keeps that register ("05/QĐ-CAT"), else by
     * a submission to the issuer under the next number of our submitting register ("03/TTr-CAT"),
     * whose decision is recorded later. Without any nominee, the proposal is refused. The proposer
     * is told of a decision or a refusal.
     */
    Decision decide(String processInstanceId, boolean policeTookPart, boolean frontTookPart) {
        Proposal proposal = of(processInstanceId);
        Set<Integer> awarded = proposal.awardable(policeTookPart, frontTookPart);
        AwardForm award = awardForms.findById(proposal.awardForm()).orElseThrow();
        LocalDate today = ProvinceClock.today();
        Decision decision;
        if (awarded.isEmpty()) {
            proposal.refuse(now());
            decision = new Decision(Decision.Outcome.REFUSED, null);
        } else if (registers.issuesHere(award)) {
            DocumentNumber number = numbers.next(award.getIssuerCode(), today.getYear());
            decision = new Decision(Decision.Outcome.ISSUED, number.symbol(DECISION_TYPE));
            proposal.issue(awarded, number, decision.symbol(), today, now());
        } else {
            DocumentNumber number = numbers.next(registers.submitter(award, proposal.proposingSide()), today.getYear());
            decision = new Decision(Decision.Outcome.SUBMITTED, number.symbol(SUBMISSION_TYPE));
            proposal.submitToHigherBody(awarded, number, decision.symbol(), today, now());
        }
        proposals.save(proposal);
        if (decision.outcome() != Decision.Outcome.SUBMITTED) {
            tellProposer(proposal);
        }
        return decision;
    }

    /**
     * The decision's Word file and PDF, made once after it was numbered and kept, so an issued
     * decision never changes. A step of its own (async in the model): rendering takes seconds, and
     * the issuer's number counter stays locked until the numbering transaction ends.
     */
    void keepDecisionFiles(String processInstanceId) {
        Proposal proposal = of(processInstanceId);
        if (proposal.isOwnDecision()) {
            decisionFiles.keep(proposal);
        }
    }

    /** The higher body's decision came back: recorded with its own number and date; the proposer is told. */
    void higherDecisionRecorded(String processInstanceId, String symbol, LocalDate date) {
        Proposal proposal = of(processInstanceId);
        AwardForm award = awardForms.findById(proposal.awardForm()).orElseThrow();
        proposal.recordHigherDecision(award.getIssuerCode(), symbol, date, now());
        proposals.save(proposal);
        tellProposer(proposal);
    }

    /**
     * What the model's timers and decision table read, and the title the task list shows, copied
     * from the record after each submission: the only variables the process keeps besides ids and
     * routing flags.
     */
    Map<String, Object> routingVariables(Proposal proposal) {
        AwardForm award = awardForms.findById(proposal.awardForm()).orElseThrow();
        return Map.of(PROPOSAL_ID, proposal.id(), RECORD_TITLE, proposal.title(), AWARD_FORM, proposal.awardForm(),
                PROPOSING_SIDE, proposal.proposingSide(), APPRAISAL_DAYS, award.getAppraisalDays());
    }

    /** The proposal of this instance, from our tables. */
    Proposal of(String processInstanceId) {
        return proposals.findByProcessInstanceId(processInstanceId)
                .orElseThrow(() -> new IllegalStateException("No proposal for instance " + processInstanceId));
    }

    /** The proposer learns how the proposal ended, with the decision's number when there is one. */
    private void tellProposer(Proposal proposal) {
        notifications.outcome(proposal.proposerId(), proposal.id(), proposal.processInstanceId(), proposal.title(),
                CommendationPages.detail(proposal.id()), proposal.outcome(), proposal.decisionSymbol());
    }

    /**
     * The proposing organisation's group may read this instance through the REST API and
     * Cockpit, and no other proposal's: member organisations see their own proposals only.
     */
    private void letOrganizationRead(Proposal proposal) {
        organizations.findById(proposal.proposingOrg()).ifPresent(organization ->
                Context.getCommandContext().runWithoutAuthorization(() -> grants.ensure(organization.getGroupId(),
                        Resources.PROCESS_INSTANCE, proposal.processInstanceId(), List.of(Permissions.READ))));
    }

    private static Instant now() {
        return ProvinceClock.now();
    }
}
