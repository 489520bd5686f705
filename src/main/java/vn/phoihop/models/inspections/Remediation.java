package vn.phoihop.models.inspections;

import static vn.phoihop.forms.FormTexts.required;
import static vn.phoihop.models.inspections.InspectionTexts.LONG;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import vn.phoihop.notifications.Chase;
import vn.phoihop.portal.ProvinceClock;

/**
 * A weakness the team found in a model, to be remedied by the model's organisation by a day: planned
 * with the findings, open (a task of the organisation) once the result is announced, done when the
 * organisation reports it. Changed only through {@link ModelInspection}.
 */
@Entity
@Table(name = "model_remediation")
public class Remediation {

    @Id
    private String id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "inspection_id")
    private ModelInspection inspection;
    @Column(nullable = false)
    private int position;
    @Column(nullable = false)
    private String organization;
    @Column(name = "model_id", nullable = false)
    private String modelId;
    @Column(nullable = false)
    private String content;
    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RemediationStatus status;
    private String report;
    @Column(name = "done_by")
    private String doneBy;
    @Column(name = "done_at")
    private Instant doneAt;
    @Embedded
    private Chase chase = new Chase();
    @Version
    private Long version;

    protected Remediation() {
    }

    Remediation(ModelInspection inspection, int position, ModelSelection selection, String content, LocalDate dueOn) {
        this.id = inspection.id() + "-K" + position;
        this.inspection = inspection;
        this.position = position;
        this.organization = selection.organization();
        this.modelId = selection.modelId();
        this.content = content;
        this.dueOn = dueOn;
        this.status = RemediationStatus.PLANNED;
    }

    void open() {
        status = RemediationStatus.OPEN;
    }

    void done(String report, String by, Instant at) {
        if (status != RemediationStatus.OPEN) {
            throw new SubmissionRuleException("models.inspections.error.remediationClosed");
        }
        this.report = required(report, LONG, "models.inspections.error.report");
        this.doneBy = by;
        this.doneAt = at;
        this.status = RemediationStatus.DONE;
    }

    Chase chase() {
        return chase;
    }

    /** The end of the due day in the province: the day itself still counts as on time. */
    public Instant dueAt() {
        return dueOn.plusDays(1).atStartOfDay(ProvinceClock.ZONE).toInstant();
    }

    public boolean overdue(Instant now) {
        return status == RemediationStatus.OPEN && !now.isBefore(dueAt());
    }

    public String id() {
        return id;
    }

    public int position() {
        return position;
    }

    public String organization() {
        return organization;
    }

    public String modelId() {
        return modelId;
    }

    public String content() {
        return content;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public RemediationStatus status() {
        return status;
    }

    public String report() {
        return report;
    }

    public String doneBy() {
        return doneBy;
    }

    public Instant doneAt() {
        return doneAt;
    }

    public boolean reminded() {
        return chase.reminded();
    }

    public boolean escalated() {
        return chase.escalated();
    }

    public String escalationNote() {
        return chase.escalationNote();
    }
}
