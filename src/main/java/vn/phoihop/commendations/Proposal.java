package vn.phoihop.commendations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import vn.phoihop.documents.DocumentNumber;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.notifications.RecordOutcome;

/**
 * One tờ trình and where it stands: the aggregate of the commendation feature. Its state changes
 * are the methods below, each with its rule; the process's listeners only call them
 * ({@link ProposalService}). The id is the process instance's business key, e.g. {@code KT-2026-0007}.
 */
@Entity
@Table(name = "commendation_proposal")
public class Proposal {

    @Id
    private String id;
    private String processInstanceId;
    private String title;
    private String proposingOrg;
    /** {@code police} or {@code front}, the input of {@code CommendationApprover.dmn}. */
    private String proposingSide;
    /** A {@link ProposalSource} code. */
    private String source;
    private String awardForm;
    private String proposerId;
    @Enumerated(EnumType.STRING)
    private ProposalStatus status;
    @Column(name = "proposal_year")
    private int year;
    private Instant submittedAt;
    private Instant updatedAt;
    private String appraisalComment;
    private String decisionIssuer;
    private Integer decisionYear;
    private Integer decisionSeq;
    /** e.g. "05/QĐ-CAT", once issued. */
    private String decisionSymbol;
    private LocalDate decisionDate;
    /** The tờ trình to a higher body, e.g. "03/TTr-CAT", when the award is not ours to decide. */
    private String submissionSymbol;
    private String submissionIssuer;
    private Integer submissionYear;
    private Integer submissionSeq;
    private LocalDate submissionDate;

    // Read with the proposal every time (at most 100 rows), so pages need no open session.
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "proposal_id", nullable = false)
    @OrderBy("position")
    private List<Nominee> nominees = new ArrayList<>();

    protected Proposal() {
    }

    /** A new proposal, as the proposer sent it. */
    static Proposal submit(String id, String processInstanceId, String proposerId, int year, ProposalSubmission submission,
                           Instant now) {
        Proposal proposal = new Proposal();
        proposal.id = id;
        proposal.processInstanceId = processInstanceId;
        proposal.proposerId = proposerId;
        proposal.year = year;
        proposal.submittedAt = now;
        proposal.take(submission, now);
        return proposal;
    }

    /** The proposer sends a returned proposal again; everything they typed may have changed. */
    void resubmit(ProposalSubmission submission, Instant now) {
        requireOpen();
        take(submission, now);
    }

    void withdraw(Instant now) {
        requireOpen();
        moveTo(ProposalStatus.WITHDRAWN, now);
    }

    /**
     * PX05's appraisal: the nominees found right in subject and achievement, and the outcome. A
     * pass must name at least one of this proposal's nominees; every round is judged afresh.
     */
    void appraise(AppraisalOutcome outcome, String comment, Set<Integer> passed, Instant now) {
        requireOpen();
        Set<Integer> known = positions(nominee -> passed.contains(nominee.position()));
        if (outcome == AppraisalOutcome.PASS && known.isEmpty()) {
            throw new SubmissionRuleException("commendation.error.noneAppraised");
        }
        nominees.forEach(nominee -> nominee.appraise(known.contains(nominee.position())));
        appraisalComment = comment;
        moveTo(outcome.status(), now);
    }

    /**
     * One side's leaders approve some of the nominees that passed the appraisal; the others are
     * refused, which takes a reason and the leader's confirmation, since it may end the proposal.
     */
    void approve(String side, Set<Integer> approved, String refusalReason, boolean refusalConfirmed, Instant now) {
        requireOpen();
        boolean refusesSomeone = nominees.stream()
                .anyMatch(nominee -> nominee.isAppraisalPassed() && !approved.contains(nominee.position()));
        if (refusesSomeone && (refusalReason == null || refusalReason.isBlank())) {
            throw new SubmissionRuleException("commendation.error.refusalReason");
        }
        if (refusesSomeone && !refusalConfirmed) {
            throw new SubmissionRuleException("commendation.error.refusalNotConfirmed");
        }
        String reason = refusalReason == null ? null : refusalReason.strip();
        nominees.forEach(nominee -> nominee.approve(side, approved.contains(nominee.position()), reason));
        updatedAt = now;
    }

    /** The nominees every participating side approved: those a decision commends. */
    Set<Integer> awardable(boolean policeTookPart, boolean frontTookPart) {
        return positions(nominee -> nominee.approvedBy(policeTookPart, frontTookPart));
    }

    /** The decision commends the awardable nominees under the number given. */
    void issue(Set<Integer> awarded, DocumentNumber number, String symbol, LocalDate date, Instant now) {
        requireOpen();
        if (awarded.isEmpty()) {
            throw new IllegalStateException("A decision must commend someone: " + id);
        }
        nominees.forEach(nominee -> nominee.award(awarded.contains(nominee.position())));
        decisionIssuer = number.issuer();
        decisionYear = number.year();
        decisionSeq = number.number();
        decisionSymbol = symbol;
        decisionDate = date;
        moveTo(ProposalStatus.ISSUED, now);
    }

    /**
     * The award is a higher body's to decide: the approved nominees go to it in a submission
     * numbered in our register; the decision is awaited.
     */
    void submitToHigherBody(Set<Integer> proposed, DocumentNumber number, String symbol, LocalDate date, Instant now) {
        requireOpen();
        if (proposed.isEmpty()) {
            throw new IllegalStateException("A submission must propose someone: " + id);
        }
        nominees.forEach(nominee -> nominee.award(proposed.contains(nominee.position())));
        submissionIssuer = number.issuer();
        submissionYear = number.year();
        submissionSeq = number.number();
        submissionSymbol = symbol;
        submissionDate = date;
        moveTo(ProposalStatus.AWAITING_HIGHER_DECISION, now);
    }

    /** The higher body's decision came back: its own number, date and file (kept as an attachment). */
    void recordHigherDecision(String issuer, String symbol, LocalDate date, Instant now) {
        requireOpen();
        if (symbol == null || symbol.isBlank() || date == null) {
            throw new SubmissionRuleException("commendation.error.higherDecision");
        }
        decisionIssuer = issuer;
        decisionYear = date.getYear();
        decisionSymbol = symbol.strip();
        decisionDate = date;
        moveTo(ProposalStatus.ISSUED, now);
    }

    /** How an ended proposal ended, in the words notifications use; null while it is open. */
    public RecordOutcome outcome() {
        return switch (status) {
            case ISSUED -> nominees.stream().allMatch(nominee -> Boolean.TRUE.equals(nominee.awarded()))
                    ? RecordOutcome.ISSUED : RecordOutcome.PARTLY_ISSUED;
            case REFUSED -> RecordOutcome.REFUSED;
            case REJECTED -> RecordOutcome.REJECTED;
            case WITHDRAWN -> RecordOutcome.WITHDRAWN;
            default -> null;
        };
    }

    /** A decision of our own register (numbered here), as opposed to one recorded from a higher body. */
    public boolean isOwnDecision() {
        return isIssued() && decisionSeq != null;
    }

    /** No nominee was approved by every side: no decision, and the proposal ends refused. */
    void refuse(Instant now) {
        requireOpen();
        nominees.forEach(nominee -> nominee.award(false));
        moveTo(ProposalStatus.REFUSED, now);
    }

    private void take(ProposalSubmission submission, Instant now) {
        title = submission.title();
        proposingOrg = submission.organizationCode();
        proposingSide = submission.side();
        source = submission.source().code();
        awardForm = submission.awardForm().getCode();
        replaceNominees(submission.nominees());
        appraisalComment = null;
        moveTo(ProposalStatus.SUBMITTED, now);
    }

    /**
     * Rows keep their place: row n of the form updates nominee n, so the table's unique position
     * never sees two rows at once (Hibernate inserts before it deletes).
     */
    private void replaceNominees(List<NomineeEntry> entries) {
        if (entries.isEmpty()) {
            throw new SubmissionRuleException("commendation.error.nominees");
        }
        nominees.removeIf(nominee -> nominee.position() > entries.size());
        for (int index = 0; index < entries.size(); index++) {
            if (index < nominees.size()) {
                nominees.get(index).describe(entries.get(index));
            } else {
                nominees.add(new Nominee(index + 1, entries.get(index)));
            }
        }
    }

    private Set<Integer> positions(Predicate<Nominee> which) {
        Set<Integer> positions = new TreeSet<>();
        nominees.stream().filter(which).forEach(nominee -> positions.add(nominee.position()));
        return positions;
    }

    /**
     * The process decides the order of the steps (an administrator may move an instance in Cockpit);
     * the record only refuses to change once it has ended.
     */
    private void requireOpen() {
        if (status != null && !status.isOpen()) {
            throw new SubmissionRuleException("commendation.error.closed");
        }
    }

    private void moveTo(ProposalStatus next, Instant now) {
        status = next;
        updatedAt = now;
    }

    public boolean isIssued() {
        return status == ProposalStatus.ISSUED;
    }

    public List<Nominee> nominees() {
        return Collections.unmodifiableList(nominees);
    }

    /** The nominees that passed the appraisal: what the leaders approve from. */
    public List<Nominee> appraisedNominees() {
        return nominees.stream().filter(nominee -> Boolean.TRUE.equals(nominee.appraisalPassed())).toList();
    }

    public String id() {
        return id;
    }

    public String processInstanceId() {
        return processInstanceId;
    }

    public String title() {
        return title;
    }

    public String proposingOrg() {
        return proposingOrg;
    }

    public String proposingSide() {
        return proposingSide;
    }

    public String source() {
        return source;
    }

    public String awardForm() {
        return awardForm;
    }

    public String proposerId() {
        return proposerId;
    }

    public ProposalStatus status() {
        return status;
    }

    public int year() {
        return year;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String appraisalComment() {
        return appraisalComment;
    }

    public String decisionIssuer() {
        return decisionIssuer;
    }

    public Integer decisionSeq() {
        return decisionSeq;
    }

    public String decisionSymbol() {
        return decisionSymbol;
    }

    public LocalDate decisionDate() {
        return decisionDate;
    }

    public String submissionSymbol() {
        return submissionSymbol;
    }

    public LocalDate submissionDate() {
        return submissionDate;
    }
}
