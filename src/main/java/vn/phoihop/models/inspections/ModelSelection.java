package vn.phoihop.models.inspections;

import static vn.phoihop.forms.FormTexts.optional;
import static vn.phoihop.forms.FormTexts.required;
import static vn.phoihop.models.inspections.InspectionTexts.LONG;
import static vn.phoihop.models.inspections.InspectionTexts.MEDIUM;

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

/**
 * One member organisation's part of a year's inspection: the model it selected, and the team's
 * findings on it. Its own row, so six organisations selecting at once never overwrite each other.
 * Changed only through {@link ModelInspection}.
 */
@Entity
@Table(name = "model_inspection_selection")
public class ModelSelection {

    @Id
    private String id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "inspection_id")
    private ModelInspection inspection;
    @Column(nullable = false)
    private String organization;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SelectionStatus status;
    @Column(name = "model_id")
    private String modelId;
    @Column(name = "selection_note")
    private String selectionNote;
    @Column(name = "selected_by")
    private String selectedBy;
    @Column(name = "selected_at")
    private Instant selectedAt;
    @Embedded
    private Chase chase = new Chase();
    @Column(name = "inspected_on")
    private LocalDate inspectedOn;
    private String strengths;
    private String recommendations;
    @Column(name = "inspected_by")
    private String inspectedBy;
    @Version
    private Long version;

    protected ModelSelection() {
    }

    ModelSelection(ModelInspection inspection, String organization) {
        this.id = inspection.id() + "-" + organization;
        this.inspection = inspection;
        this.organization = organization;
        this.status = SelectionStatus.PENDING;
    }

    void select(String modelId, String note, String by, Instant at) {
        if (status != SelectionStatus.PENDING) {
            throw new SubmissionRuleException("models.inspections.error.selectionClosed");
        }
        this.modelId = modelId;
        this.selectionNote = optional(note, MEDIUM, "models.inspections.error.tooLong");
        this.selectedBy = by;
        this.selectedAt = at;
        this.status = SelectionStatus.SELECTED;
    }

    Chase chase() {
        return chase;
    }

    void closeIfPending() {
        if (status == SelectionStatus.PENDING) {
            status = SelectionStatus.MISSED;
        }
    }

    void inspected(LocalDate on, String strengths, String recommendations, String by) {
        if (status != SelectionStatus.SELECTED) {
            throw new SubmissionRuleException("models.inspections.error.notSelected");
        }
        if (on == null) {
            throw new SubmissionRuleException("models.inspections.error.inspectedOn");
        }
        this.inspectedOn = on;
        this.strengths = required(strengths, LONG, "models.inspections.error.strengths");
        this.recommendations = optional(recommendations, LONG, "models.inspections.error.tooLong");
        this.inspectedBy = by;
        this.status = SelectionStatus.INSPECTED;
    }

    public String id() {
        return id;
    }

    public String organization() {
        return organization;
    }

    public SelectionStatus status() {
        return status;
    }

    public String modelId() {
        return modelId;
    }

    public String selectionNote() {
        return selectionNote;
    }

    public String selectedBy() {
        return selectedBy;
    }

    public Instant selectedAt() {
        return selectedAt;
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

    public LocalDate inspectedOn() {
        return inspectedOn;
    }

    public String strengths() {
        return strengths;
    }

    public String recommendations() {
        return recommendations;
    }

    public String inspectedBy() {
        return inspectedBy;
    }
}
