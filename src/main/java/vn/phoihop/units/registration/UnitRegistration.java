package vn.phoihop.units.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.units.EvaluationPeriod;
import vn.phoihop.units.Unit;

/**
 * A unit's registration for one year of the safe-unit standard (Circular 124/2021/TT-BCA) and its
 * monthly self-checks: submitted by the unit, verified by its managing level (accepted or returned
 * with a reason), checked every month until the end of the unit's evaluation period, then handed
 * over to recognition. The managing organisation is the unit's when it registered, so a unit moved
 * later stays with the level that verified its year.
 */
@Entity
@Table(name = "unit_registration")
public class UnitRegistration {

    /** The plan asks units to register in Quarter I; a later registration is accepted and marked late. */
    static final MonthDay REGISTRATION_DEADLINE = MonthDay.of(3, 31);
    static final int COMMITMENT_MAX = 2000;
    static final int REASON_MAX = 1000;

    @Id
    private String id;
    @Column(name = "process_instance_id", nullable = false)
    private String processInstanceId;
    @Column(name = "unit_code", nullable = false)
    private String unitCode;
    @Column(name = "plan_year", nullable = false)
    private int year;
    @Column(name = "managing_org", nullable = false)
    private String managingOrganization;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RegistrationStatus status;
    @Column(nullable = false)
    private String commitment;
    @Column(name = "registered_by", nullable = false)
    private String registeredBy;
    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;
    @Column(nullable = false)
    private boolean late;
    @Column(name = "verified_by")
    private String verifiedBy;
    @Column(name = "verified_at")
    private Instant verifiedAt;
    @Column(name = "return_reason")
    private String returnReason;
    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;
    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;
    @Version
    private Long version;
    @OneToMany(mappedBy = "registration", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("round")
    private List<SelfCheck> selfChecks = new ArrayList<>();

    protected UnitRegistration() {
    }

    /** The year is the one whose evaluation period contains the day of registration. */
    static UnitRegistration submit(String id, String processInstanceId, Unit unit, int year, String commitment,
                                   String by, Instant at) {
        if (!unit.isActive()) {
            throw new SubmissionRuleException("units.rule.inactive");
        }
        UnitRegistration registration = new UnitRegistration();
        registration.id = id;
        registration.processInstanceId = processInstanceId;
        registration.unitCode = unit.getCode();
        registration.year = year;
        registration.managingOrganization = unit.getManagingOrganization();
        registration.commitment = required(commitment, COMMITMENT_MAX, "units.registration.error.commitment");
        registration.registeredBy = by;
        registration.registeredAt = at;
        EvaluationPeriod period = unit.evaluationPeriod(year);
        registration.periodFrom = period.from();
        registration.periodTo = period.to();
        registration.late = at.atZone(ProvinceClock.ZONE).toLocalDate().isAfter(REGISTRATION_DEADLINE.atYear(year));
        registration.status = RegistrationStatus.SUBMITTED;
        return registration;
    }

    void accept(String by, Instant at) {
        require(RegistrationStatus.SUBMITTED);
        status = RegistrationStatus.ACCEPTED;
        verifiedBy = by;
        verifiedAt = at;
        returnReason = null;
    }

    void returnForRevision(String reason, String by, Instant at) {
        require(RegistrationStatus.SUBMITTED);
        returnReason = required(reason, REASON_MAX, "units.registration.error.returnReason");
        status = RegistrationStatus.RETURNED;
        verifiedBy = by;
        verifiedAt = at;
    }

    void resubmit(String newCommitment) {
        require(RegistrationStatus.RETURNED);
        commitment = required(newCommitment, COMMITMENT_MAX, "units.registration.error.commitment");
        status = RegistrationStatus.SUBMITTED;
    }

    void withdraw() {
        require(RegistrationStatus.RETURNED);
        status = RegistrationStatus.WITHDRAWN;
    }

    /** Opens the next round; answers it. Rounds are numbered from 1 in the order the timer opens them. */
    SelfCheck openRound(Instant at, Instant dueAt) {
        require(RegistrationStatus.ACCEPTED);
        SelfCheck round = new SelfCheck(this, selfChecks.size() + 1, at, dueAt);
        selfChecks.add(round);
        return round;
    }

    void selfCheckDone(int round, List<String> met, String note, String by, Instant at) {
        round(round).done(met, note, by, at);
    }

    void selfCheckReviewed(int round, ReviewOutcome outcome, String comment, String by, Instant at) {
        round(round).reviewed(outcome, comment, by, at);
    }

    void reminded(int round) {
        round(round).reminded();
    }

    void escalated(int round) {
        round(round).escalated();
    }

    void escalationNoted(int round, String instruction) {
        round(round).escalationNoted(required(instruction, COMMITMENT_MAX, "units.registration.error.instruction"));
    }

    /** The evaluation period is over: a round still open is missed, and the year goes to recognition. */
    void handOver() {
        require(RegistrationStatus.ACCEPTED);
        selfChecks.forEach(SelfCheck::periodEnded);
        status = RegistrationStatus.HANDED_OVER;
    }

    public SelfCheck round(int round) {
        return selfChecks.stream().filter(check -> check.round() == round).findFirst()
                .orElseThrow(() -> new SubmissionRuleException("units.registration.error.roundNotOpen"));
    }

    private void require(RegistrationStatus expected) {
        if (status != expected) {
            throw new SubmissionRuleException("units.registration.error.state");
        }
    }

    private static String required(String text, int max, String messageKey) {
        if (text == null || text.isBlank() || text.strip().length() > max) {
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

    public String unitCode() {
        return unitCode;
    }

    public int year() {
        return year;
    }

    public String managingOrganization() {
        return managingOrganization;
    }

    public RegistrationStatus status() {
        return status;
    }

    public String commitment() {
        return commitment;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public boolean isLate() {
        return late;
    }

    public String verifiedBy() {
        return verifiedBy;
    }

    public String returnReason() {
        return returnReason;
    }

    public EvaluationPeriod period() {
        return new EvaluationPeriod(periodFrom, periodTo);
    }

    public List<SelfCheck> selfChecks() {
        return Collections.unmodifiableList(selfChecks);
    }
}
