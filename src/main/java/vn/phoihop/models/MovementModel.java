package vn.phoihop.models;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.phoihop.forms.SubmissionRuleException;

/**
 * A movement model (mô hình) of the plan's footnote 1, built and sponsored by one organisation (the
 * police, the Front or a member organisation) in a district or commune, run by its working board.
 * Never deleted: a model with history (an inspection) is deactivated with a reason, and may be
 * reactivated.
 */
@Entity
@Table(name = "movement_model")
public class MovementModel {

    @Id
    private String id;
    @Column(name = "type_code", nullable = false)
    private String typeCode;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String sponsor;
    private String district;
    private String commune;
    @Column(name = "started_on")
    private LocalDate startedOn;
    @Column(name = "board_members")
    private String boardMembers;
    @Column(nullable = false)
    private boolean active;
    @Column(name = "deactivation_reason")
    private String deactivationReason;
    /** A wrapper, null until first saved, so that saving a new model inserts it without a select first. */
    @Version
    private Long version;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected MovementModel() {
    }

    public static MovementModel register(String id, ModelDetails details, String by, Instant at) {
        MovementModel model = new MovementModel();
        model.id = id;
        model.active = true;
        model.createdAt = at;
        model.createdBy = by;
        model.apply(details, by, at);
        return model;
    }

    /** New values for every field but the id; the model must be active. */
    public void change(ModelDetails details, String by, Instant at) {
        requireActive();
        apply(details, by, at);
    }

    public void deactivate(String reason, String by, Instant at) {
        requireActive();
        if (reason == null || reason.isBlank()) {
            throw new SubmissionRuleException("models.rule.reasonRequired");
        }
        active = false;
        deactivationReason = reason.strip();
        touched(by, at);
    }

    public void reactivate(String by, Instant at) {
        if (active) {
            throw new SubmissionRuleException("models.rule.alreadyActive");
        }
        active = true;
        deactivationReason = null;
        touched(by, at);
    }

    public boolean isSponsoredBy(String organization) {
        return sponsor.equals(organization);
    }

    private void apply(ModelDetails details, String by, Instant at) {
        typeCode = details.typeCode();
        name = details.name();
        sponsor = details.sponsor();
        district = details.district();
        commune = details.commune();
        startedOn = details.startedOn();
        boardMembers = details.boardMembers();
        touched(by, at);
    }

    private void requireActive() {
        if (!active) {
            throw new SubmissionRuleException("models.rule.inactive");
        }
    }

    private void touched(String by, Instant at) {
        updatedBy = by;
        updatedAt = at;
    }

    public String getId() {
        return id;
    }

    public String getTypeCode() {
        return typeCode;
    }

    public String getName() {
        return name;
    }

    public String getSponsor() {
        return sponsor;
    }

    public String getDistrict() {
        return district;
    }

    public String getCommune() {
        return commune;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public String getBoardMembers() {
        return boardMembers;
    }

    public boolean isActive() {
        return active;
    }

    public String getDeactivationReason() {
        return deactivationReason;
    }

    public Long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MovementModel other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
