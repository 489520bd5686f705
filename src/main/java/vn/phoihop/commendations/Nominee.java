package vn.phoihop.commendations;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A collective or an individual a proposal names, part of the {@link Proposal} aggregate: only
 * the proposal changes it. The outcome flags are {@code null} until the step deciding them ran:
 * appraisal by PX05, approval by each side, and the award itself.
 */
@Entity
@Table(name = "commendation_nominee")
public class Nominee {

    public static final String COLLECTIVE = "collective";
    public static final String INDIVIDUAL = "individual";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    /** 1, 2, 3 … in the order of the tờ trình; also the value the appraisal and approval checklists post. */
    private int position;
    /** {@link #COLLECTIVE} or {@link #INDIVIDUAL}. */
    private String kind;
    private String name;
    /** An individual's position; empty for a collective. */
    private String jobTitle;
    private String organizationName;
    private String achievement;
    private Boolean appraisalPassed;
    private Boolean policeApproved;
    private Boolean frontApproved;
    private String policeRefusalReason;
    private String frontRefusalReason;
    private Boolean awarded;

    protected Nominee() {
    }

    Nominee(int position, NomineeEntry entry) {
        this.position = position;
        describe(entry);
    }

    /** What the proposer typed; a changed row starts its outcomes afresh. */
    void describe(NomineeEntry entry) {
        this.kind = entry.kind();
        this.name = entry.name();
        this.jobTitle = entry.jobTitle();
        this.organizationName = entry.organizationName();
        this.achievement = entry.achievement();
        forgetOutcomes();
    }

    void forgetOutcomes() {
        appraisalPassed = null;
        policeApproved = null;
        frontApproved = null;
        policeRefusalReason = null;
        frontRefusalReason = null;
        awarded = null;
    }

    void appraise(boolean passed) {
        forgetOutcomes();
        appraisalPassed = passed;
    }

    /** Only a nominee that passed the appraisal is put to the leaders; a refusal keeps its reason. */
    void approve(String side, boolean approved, String refusalReason) {
        if (!Boolean.TRUE.equals(appraisalPassed)) {
            return;
        }
        String reason = approved ? null : refusalReason;
        if (ProposingSide.POLICE.equals(side)) {
            policeApproved = approved;
            policeRefusalReason = reason;
        } else {
            frontApproved = approved;
            frontRefusalReason = reason;
        }
    }

    boolean isAppraisalPassed() {
        return Boolean.TRUE.equals(appraisalPassed);
    }

    /** Passed the appraisal and approved by every side that took part (a side that did not take part does not narrow it). */
    boolean approvedBy(boolean police, boolean front) {
        return (police || front) && Boolean.TRUE.equals(appraisalPassed)
                && (!police || Boolean.TRUE.equals(policeApproved))
                && (!front || Boolean.TRUE.equals(frontApproved));
    }

    void award(boolean awarded) {
        this.awarded = awarded;
    }

    /** How the nominee is named in checklists and the decision: "Nguyễn Văn A – Tổ trưởng – Hội Nông dân xã X". */
    public String label() {
        StringBuilder label = new StringBuilder(name);
        if (jobTitle != null && !jobTitle.isBlank()) {
            label.append(" – ").append(jobTitle);
        }
        return label.append(" – ").append(organizationName).toString();
    }

    public int position() {
        return position;
    }

    public String kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public String jobTitle() {
        return jobTitle;
    }

    public String organizationName() {
        return organizationName;
    }

    public String achievement() {
        return achievement;
    }

    public Boolean appraisalPassed() {
        return appraisalPassed;
    }

    public Boolean policeApproved() {
        return policeApproved;
    }

    public Boolean frontApproved() {
        return frontApproved;
    }

    public String policeRefusalReason() {
        return policeRefusalReason;
    }

    public String frontRefusalReason() {
        return frontRefusalReason;
    }

    public Boolean awarded() {
        return awarded;
    }
}
