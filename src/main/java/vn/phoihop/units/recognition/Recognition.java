package vn.phoihop.units.recognition;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.units.MovementLevel;
import vn.phoihop.units.UnitKind;
import vn.phoihop.units.registration.UnitRegistration;

/**
 * A unit's year-end recognition (Circular 124/2021/TT-BCA, Decision 510/QĐ-BCA-V05), opened when
 * its registration for the year is handed over: the unit's dossier with a self-score per criterion
 * group, the managing level's assessment (a changed score needs its reason) and the level the
 * province's classification table gives, PX05's appraisal (agree, or return to the assessment),
 * and a leader's decision. A unit below the lowest level cannot be recognised.
 */
@Entity
@Table(name = "unit_recognition")
public class Recognition {

    static final int TEXT_MAX = 2000;
    static final int REASON_MAX = 1000;

    @Id
    private String id;
    @Column(name = "process_instance_id", nullable = false)
    private String processInstanceId;
    @Column(name = "registration_id", nullable = false)
    private String registrationId;
    @Column(name = "unit_code", nullable = false)
    private String unitCode;
    @Column(name = "plan_year", nullable = false)
    private int year;
    @Enumerated(EnumType.STRING)
    @Column(name = "unit_kind", nullable = false)
    private UnitKind unitKind;
    @Column(name = "managing_org", nullable = false)
    private String managingOrganization;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RecognitionStatus status;
    @Column(name = "dossier_note")
    private String dossierNote;
    @Column(name = "dossier_by")
    private String dossierBy;
    @Column(name = "dossier_at")
    private Instant dossierAt;
    @Column(name = "dossier_overdue", nullable = false)
    private boolean dossierOverdue;
    @Column(name = "follow_up_note")
    private String followUpNote;
    @Column(name = "self_total")
    private BigDecimal selfTotal;
    @Column(name = "assessed_total")
    private BigDecimal assessedTotal;
    @Column(name = "recognised_share")
    private BigDecimal recognisedShare;
    @Enumerated(EnumType.STRING)
    @Column(name = "movement_level")
    private MovementLevel level;
    @Column(name = "assessed_by")
    private String assessedBy;
    @Column(name = "assessed_at")
    private Instant assessedAt;
    @Column(name = "appraisal_comment")
    private String appraisalComment;
    @Column(name = "appraised_by")
    private String appraisedBy;
    @Column(name = "appraised_at")
    private Instant appraisedAt;
    private Boolean recognised;
    @Column(name = "decision_note")
    private String decisionNote;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "commendation_proposed_by")
    private String commendationProposedBy;
    @Column(name = "commendation_proposed_at")
    private Instant commendationProposedAt;
    @Version
    private Long version;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "unit_recognition_score", joinColumns = @JoinColumn(name = "recognition_id"))
    @OrderBy("groupCode")
    private List<GroupScore> scores = new ArrayList<>();

    protected Recognition() {
    }

    static Recognition open(String id, String processInstanceId, UnitRegistration registration, UnitKind kind) {
        Recognition recognition = new Recognition();
        recognition.id = id;
        recognition.processInstanceId = processInstanceId;
        recognition.registrationId = registration.id();
        recognition.unitCode = registration.unitCode();
        recognition.year = registration.year();
        recognition.unitKind = kind;
        recognition.managingOrganization = registration.managingOrganization();
        recognition.status = RecognitionStatus.DOSSIER;
        return recognition;
    }

    /** The unit's self-scores, one per group of its sheet (checked by {@link SheetGroups}), and its note. */
    void compileDossier(Map<String, BigDecimal> points, String note, String by, Instant at) {
        require(RecognitionStatus.DOSSIER);
        scores.clear();
        points.forEach((group, given) -> scores.add(new GroupScore(group, given)));
        selfTotal = total(points);
        dossierNote = optional(note, TEXT_MAX, "units.recognition.error.note");
        dossierBy = by;
        dossierAt = at;
        status = RecognitionStatus.ASSESSMENT;
    }

    /** The managing level's scores: each that differs from the unit's needs its reason. */
    void assess(Map<String, BigDecimal> points, Map<String, String> reasons, MovementLevel level, BigDecimal share,
                String by, Instant at) {
        require(RecognitionStatus.ASSESSMENT);
        for (GroupScore score : scores) {
            BigDecimal given = points.get(score.groupCode());
            String reason = reasons.get(score.groupCode());
            if (given.compareTo(score.selfPoints()) != 0 && (reason == null || reason.isBlank())) {
                throw new SubmissionRuleException("units.recognition.error.reasonRequired");
            }
            score.assess(given, optional(reason, REASON_MAX, "units.recognition.error.reason"));
        }
        assessedTotal = total(points);
        this.level = level;
        recognisedShare = share;
        assessedBy = by;
        assessedAt = at;
        appraisalComment = null;
        status = RecognitionStatus.APPRAISAL;
    }

    void appraise(boolean agree, String comment, String by, Instant at) {
        require(RecognitionStatus.APPRAISAL);
        if (!agree && (comment == null || comment.isBlank())) {
            throw new SubmissionRuleException("units.recognition.error.returnReason");
        }
        appraisalComment = optional(comment, TEXT_MAX, "units.recognition.error.returnReason");
        appraisedBy = by;
        appraisedAt = at;
        status = agree ? RecognitionStatus.DECISION : RecognitionStatus.ASSESSMENT;
    }

    void decide(boolean recognise, String note, String by, Instant at) {
        require(RecognitionStatus.DECISION);
        if (recognise && level == MovementLevel.BELOW) {
            throw new SubmissionRuleException("units.recognition.error.belowNotRecognisable");
        }
        decisionNote = optional(note, TEXT_MAX, "units.recognition.error.note");
        recognised = recognise;
        decidedBy = by;
        decidedAt = at;
        status = recognise ? RecognitionStatus.RECOGNISED : RecognitionStatus.NOT_RECOGNISED;
    }

    void dossierOverdue() {
        dossierOverdue = true;
    }

    void followedUp(String note) {
        if (note == null || note.isBlank()) {
            throw new SubmissionRuleException("units.recognition.error.followUpNote");
        }
        followUpNote = optional(note, TEXT_MAX, "units.recognition.error.followUpNote");
    }

    /** Only a recognised Xuất sắc unit is proposed for a commendation, once. */
    void proposeForCommendation(String by, Instant at) {
        if (!mayBeProposed()) {
            throw new SubmissionRuleException("units.recognition.error.notProposable");
        }
        commendationProposedBy = by;
        commendationProposedAt = at;
    }

    public boolean mayBeProposed() {
        return status == RecognitionStatus.RECOGNISED && level == MovementLevel.EXCELLENT && commendationProposedAt == null;
    }

    private void require(RecognitionStatus expected) {
        if (status != expected) {
            throw new SubmissionRuleException("units.recognition.error.state");
        }
    }

    private static BigDecimal total(Map<String, BigDecimal> points) {
        return points.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String optional(String text, int max, String messageKey) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > max) {
            throw new SubmissionRuleException(messageKey);
        }
        return text.strip();
    }

    public String id() {
        return id;
    }

    public String processInstanceId() {
        return processInstanceId;
    }

    public String registrationId() {
        return registrationId;
    }

    public String unitCode() {
        return unitCode;
    }

    public int year() {
        return year;
    }

    public UnitKind unitKind() {
        return unitKind;
    }

    public String managingOrganization() {
        return managingOrganization;
    }

    public RecognitionStatus status() {
        return status;
    }

    public String dossierNote() {
        return dossierNote;
    }

    public String dossierBy() {
        return dossierBy;
    }

    public boolean isDossierOverdue() {
        return dossierOverdue;
    }

    public String followUpNote() {
        return followUpNote;
    }

    public BigDecimal selfTotal() {
        return selfTotal;
    }

    public BigDecimal assessedTotal() {
        return assessedTotal;
    }

    public BigDecimal recognisedShare() {
        return recognisedShare;
    }

    public MovementLevel level() {
        return level;
    }

    public String assessedBy() {
        return assessedBy;
    }

    public String appraisalComment() {
        return appraisalComment;
    }

    public String appraisedBy() {
        return appraisedBy;
    }

    public Boolean recognised() {
        return recognised;
    }

    public String decisionNote() {
        return decisionNote;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Instant commendationProposedAt() {
        return commendationProposedAt;
    }

    public List<GroupScore> scores() {
        return Collections.unmodifiableList(scores);
    }
}
