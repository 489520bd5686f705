package vn.phoihop.units.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.portal.ProvinceClock;

/**
 * One monthly self-check round of a registration: opened by the process's timer, done by the unit
 * (the criteria of its kind it met, a note), reviewed by its managing level. Changed only through
 * {@link UnitRegistration}.
 */
@Entity
@Table(name = "unit_self_check")
public class SelfCheck {

    @Id
    private String id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "registration_id")
    private UnitRegistration registration;
    @Column(name = "round_no", nullable = false)
    private int round;
    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;
    @Column(name = "due_at", nullable = false)
    private Instant dueAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SelfCheckStatus status;
    /** The codes of the checklist items met, comma-separated. */
    @Column(name = "met_criteria")
    private String metCriteria;
    private String note;
    @Column(name = "done_by")
    private String doneBy;
    @Column(name = "done_at")
    private Instant doneAt;
    @Column(nullable = false)
    private boolean reminded;
    @Column(nullable = false)
    private boolean escalated;
    @Column(name = "escalation_note")
    private String escalationNote;
    @Enumerated(EnumType.STRING)
    @Column(name = "review_outcome")
    private ReviewOutcome reviewOutcome;
    @Column(name = "review_comment")
    private String reviewComment;
    @Column(name = "reviewed_by")
    private String reviewedBy;
    @Column(name = "reviewed_at")
    private Instant reviewedAt;
    @Version
    private Long version;

    protected SelfCheck() {
    }

    SelfCheck(UnitRegistration registration, int round, Instant openedAt, Instant dueAt) {
        this.id = registration.id() + "/" + round;
        this.registration = registration;
        this.round = round;
        this.openedAt = openedAt;
        this.dueAt = dueAt;
        this.status = SelfCheckStatus.OPEN;
    }

    void done(List<String> met, String note, String by, Instant at) {
        if (status != SelfCheckStatus.OPEN) {
            throw new SubmissionRuleException("units.registration.error.roundNotOpen");
        }
        metCriteria = String.join(",", met);
        this.note = note;
        doneBy = by;
        doneAt = at;
        status = SelfCheckStatus.DONE;
    }

    void reviewed(ReviewOutcome outcome, String comment, String by, Instant at) {
        if (status != SelfCheckStatus.DONE) {
            throw new SubmissionRuleException("units.registration.error.roundNotDone");
        }
        if (outcome == ReviewOutcome.FOLLOW_UP && (comment == null || comment.isBlank())) {
            throw new SubmissionRuleException("units.registration.error.followUpNeedsComment");
        }
        reviewOutcome = outcome;
        reviewComment = comment;
        reviewedBy = by;
        reviewedAt = at;
        status = SelfCheckStatus.REVIEWED;
    }

    void reminded() {
        reminded = true;
    }

    void escalated() {
        escalated = true;
    }

    void escalationNoted(String instruction) {
        escalationNote = instruction;
    }

    void periodEnded() {
        if (status == SelfCheckStatus.OPEN) {
            status = SelfCheckStatus.MISSED;
        }
    }

    /** Done by its due time; a round still open or missed is not. */
    public boolean doneOnTime() {
        return doneAt != null && !doneAt.isAfter(dueAt);
    }

    public List<String> metCriteria() {
        return metCriteria == null || metCriteria.isEmpty() ? List.of() : Arrays.asList(metCriteria.split(","));
    }

    public int round() {
        return round;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    /** The due day as the province counts days. */
    public LocalDate dueDay() {
        return dueAt.atZone(ProvinceClock.ZONE).toLocalDate();
    }

    public SelfCheckStatus status() {
        return status;
    }

    public String note() {
        return note;
    }

    public String doneBy() {
        return doneBy;
    }

    public Instant doneAt() {
        return doneAt;
    }

    public boolean isReminded() {
        return reminded;
    }

    public boolean isEscalated() {
        return escalated;
    }

    public String escalationNote() {
        return escalationNote;
    }

    public ReviewOutcome reviewOutcome() {
        return reviewOutcome;
    }

    public String reviewComment() {
        return reviewComment;
    }

    public String reviewedBy() {
        return reviewedBy;
    }
}
