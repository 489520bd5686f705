package vn.phoihop.units.residents;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A resident group of an area, its board and how it works; written by the import (new or updated by code). */
@Entity
@Table(name = "resident_group")
public class ResidentGroup {

    @Id
    private String code;
    @Column(nullable = false)
    private String name;
    private String commune;
    private String area;
    @Column(name = "managing_org", nullable = false)
    private String managingOrganization;
    private String leader;
    @Column(name = "board_members")
    private String boardMembers;
    @Column(name = "board_consolidated", nullable = false)
    private boolean boardConsolidated;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GroupQuality quality;
    @Column(nullable = false)
    private int households;
    @Column(name = "households_informed", nullable = false)
    private int householdsInformed;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by", nullable = false)
    private String updatedBy;
    @Version
    private Long version;

    protected ResidentGroup() {
    }

    static ResidentGroup of(String code) {
        ResidentGroup group = new ResidentGroup();
        group.code = code;
        return group;
    }

    /** The values of a checked row; {@link GroupRow} has made sure they hold together. */
    void take(GroupRow row, String by, Instant at) {
        name = row.name();
        commune = row.commune();
        area = row.area();
        managingOrganization = row.managingOrganization();
        leader = row.leader();
        boardMembers = row.boardMembers();
        boardConsolidated = row.boardConsolidated();
        quality = row.quality();
        households = row.households();
        householdsInformed = row.householdsInformed();
        updatedBy = by;
        updatedAt = at;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getCommune() {
        return commune;
    }

    public String getArea() {
        return area;
    }

    public String getManagingOrganization() {
        return managingOrganization;
    }

    public String getLeader() {
        return leader;
    }

    public String getBoardMembers() {
        return boardMembers;
    }

    public boolean isBoardConsolidated() {
        return boardConsolidated;
    }

    public GroupQuality getQuality() {
        return quality;
    }

    public int getHouseholds() {
        return households;
    }

    public int getHouseholdsInformed() {
        return householdsInformed;
    }
}
