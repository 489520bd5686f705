package vn.phoihop.units.recognition;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The points of one criterion group of the 100-point sheet: the unit's own and, once assessed, the managing level's. */
@Embeddable
public class GroupScore {

    @Column(name = "group_code", nullable = false)
    private String groupCode;
    @Column(name = "self_points", nullable = false)
    private BigDecimal selfPoints;
    @Column(name = "assessed_points")
    private BigDecimal assessedPoints;
    @Column(name = "change_reason")
    private String changeReason;

    protected GroupScore() {
    }

    GroupScore(String groupCode, BigDecimal selfPoints) {
        this.groupCode = groupCode;
        this.selfPoints = selfPoints;
    }

    void assess(BigDecimal points, String reason) {
        assessedPoints = points;
        changeReason = points.compareTo(selfPoints) == 0 ? null : reason;
    }

    public String groupCode() {
        return groupCode;
    }

    public BigDecimal selfPoints() {
        return selfPoints;
    }

    public BigDecimal assessedPoints() {
        return assessedPoints;
    }

    public String changeReason() {
        return changeReason;
    }

    public boolean changed() {
        return assessedPoints != null && assessedPoints.compareTo(selfPoints) != 0;
    }
}
