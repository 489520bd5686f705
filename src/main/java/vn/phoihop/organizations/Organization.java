package vn.phoihop.organizations;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.phoihop.portal.Bilingual;

@Entity
@Table(name = "organization")
public class Organization {

    static final String LEADERS_SUFFIX = "-leaders";

    @Id
    private String code;
    @Column(name = "name_vi", nullable = false)
    private String nameVi;
    @Column(name = "name_en", nullable = false)
    private String nameEn;
    @Column(name = "short_name", nullable = false)
    private String shortName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganizationKind kind;
    @Column(name = "parent_code")
    private String parentCode;
    @Column(name = "group_id")
    private String groupId;
    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;
    @Column(name = "valid_to")
    private LocalDate validTo;
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;
    /** For a commune or ward made in July 2025: the district it belonged to, as the import named it. */
    @Column(name = "former_district")
    private String formerDistrict;

    protected Organization() {
    }

    Organization(String code) {
        this.code = code;
    }

    /** Copies the fields of a reference-data row; answers whether anything changed. */
    boolean updateFrom(OrganizationRow row, int order) {
        var before = snapshot();
        nameVi = row.nameVi();
        nameEn = row.nameEn();
        shortName = row.shortName();
        kind = row.kind();
        parentCode = row.parent();
        groupId = row.groupId();
        validFrom = row.validFrom();
        validTo = row.validTo();
        sortOrder = order;
        formerDistrict = row.formerDistrict();
        return !before.equals(snapshot());
    }

    private Object snapshot() {
        return Arrays.asList(nameVi, nameEn, shortName, kind, parentCode, groupId, validFrom, validTo, sortOrder, formerDistrict);
    }

    /**
     * The group of an organisation's leaders (Trưởng, Phó Công an xã...), named after the
     * organisation's group: {@code commune-police-tan-ninh-leaders}. Where it exists, escalations
     * of the organisation's work go to it.
     */
    public static String leadersGroupOf(String groupId) {
        return groupId + LEADERS_SUFFIX;
    }

    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public String name(Locale locale) {
        return Bilingual.pick(locale, nameVi, nameEn);
    }

    public String getCode() {
        return code;
    }

    public String getNameVi() {
        return nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getShortName() {
        return shortName;
    }

    public OrganizationKind getKind() {
        return kind;
    }

    public String getParentCode() {
        return parentCode;
    }

    public String getGroupId() {
        return groupId;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public String getFormerDistrict() {
        return formerDistrict;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Organization other && Objects.equals(code, other.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
