package vn.phoihop.units;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.phoihop.forms.SubmissionRuleException;

/**
 * A unit that registers for the safe-unit standard: a residential area, a commune, an agency, an
 * enterprise or a school, managed by one organisation of the tree in force (the district police
 * before July 2025, the commune or ward police since). Never deleted: a unit with history is
 * deactivated with a reason, and may be reactivated. Its Camunda group ({@link #groupIdOf})
 * holds the people who act for it.
 */
@Entity
@Table(name = "safe_unit")
public class Unit {

    static final String GROUP_PREFIX = "unit-";

    @Id
    private String code;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UnitKind kind;
    @Column(nullable = false)
    private String name;
    private String district;
    private String commune;
    @Column(name = "managing_org", nullable = false)
    private String managingOrganization;
    @Column(name = "contact_group", nullable = false)
    private String contactGroup;
    @Column(name = "contact_user")
    private String contactUser;
    @Column(nullable = false)
    private boolean active;
    @Column(name = "deactivation_reason")
    private String deactivationReason;
    /** A wrapper, null until first saved, so that saving a new unit inserts it without a select first. */
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

    protected Unit() {
    }

    static Unit register(String code, UnitDetails details, String by, Instant at) {
        Unit unit = new Unit();
        unit.code = code;
        unit.kind = details.kind();
        unit.name = details.name();
        unit.district = details.district();
        unit.commune = details.commune();
        unit.managingOrganization = details.managingOrganization();
        unit.contactUser = details.contactUser();
        unit.contactGroup = groupIdOf(code);
        unit.active = true;
        unit.createdAt = at;
        unit.createdBy = by;
        unit.updatedAt = at;
        unit.updatedBy = by;
        return unit;
    }

    public static String groupIdOf(String unitCode) {
        return GROUP_PREFIX + unitCode;
    }

    /** The unit code a group id stands for, or null when it is not a unit's group. */
    public static String codeOfGroup(String groupId) {
        return groupId != null && groupId.startsWith(GROUP_PREFIX) ? groupId.substring(GROUP_PREFIX.length()) : null;
    }

    public void rename(String newName, String by, Instant at) {
        requireActive();
        name = newName;
        touched(by, at);
    }

    /** Moves the unit to another area or managing organisation; its kind and history stay. */
    public void move(String newDistrict, String newCommune, String newManagingOrganization, String by, Instant at) {
        requireActive();
        district = newDistrict;
        commune = newCommune;
        managingOrganization = newManagingOrganization;
        touched(by, at);
    }

    public void changeContact(String user, String by, Instant at) {
        requireActive();
        contactUser = user;
        touched(by, at);
    }

    public void deactivate(String reason, String by, Instant at) {
        requireActive();
        if (reason == null || reason.isBlank()) {
            throw new SubmissionRuleException("units.rule.reasonRequired");
        }
        active = false;
        deactivationReason = reason.strip();
        touched(by, at);
    }

    public void reactivate(String by, Instant at) {
        if (active) {
            throw new SubmissionRuleException("units.rule.alreadyActive");
        }
        active = true;
        deactivationReason = null;
        touched(by, at);
    }

    /** The period the unit's year is evaluated on, which depends on its kind. */
    public EvaluationPeriod evaluationPeriod(int year) {
        return kind.evaluationPeriod(year);
    }

    public boolean isManagedBy(String organizationCode) {
        return managingOrganization.equals(organizationCode);
    }

    private void requireActive() {
        if (!active) {
            throw new SubmissionRuleException("units.rule.inactive");
        }
    }

    private void touched(String by, Instant at) {
        updatedBy = by;
        updatedAt = at;
    }

    public String getCode() {
        return code;
    }

    public UnitKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getDistrict() {
        return district;
    }

    public String getCommune() {
        return commune;
    }

    public String getManagingOrganization() {
        return managingOrganization;
    }

    public String getContactGroup() {
        return contactGroup;
    }

    public String getContactUser() {
        return contactUser;
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
        return o instanceof Unit other && Objects.equals(code, other.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
