package vn.phoihop.reviews;

import static vn.phoihop.forms.FormTexts.required;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.phoihop.forms.SubmissionRuleException;

/**
 * The ten-year review of Programme 09 (2013–2023, plan III.1.2): the member organisations' reports,
 * the consolidated review, the conference scheduled and held. Its rules live here; steps call it
 * through {@link ReviewService}.
 */
@Entity
@Table(name = "program_review")
public class ProgramReview {

    static final int FIRST_YEAR = 2013;
    static final int LAST_YEAR = 2023;
    static final int LONG = 8000;

    @Id
    private String id;
    @Column(name = "process_instance_id", nullable = false, unique = true)
    private String processInstanceId;
    @Column(nullable = false)
    private String title;
    @Column(name = "first_year", nullable = false)
    private int firstYear;
    @Column(name = "last_year", nullable = false)
    private int lastYear;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReviewStatus status;
    @Column(name = "opened_by", nullable = false)
    private String openedBy;
    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;
    @Column(name = "reports_due_on", nullable = false)
    private LocalDate reportsDueOn;
    private String summary;
    private String conclusions;
    @Column(name = "consolidated_by")
    private String consolidatedBy;
    @Column(name = "conference_on")
    private LocalDate conferenceOn;
    @Column(name = "conference_place")
    private String conferencePlace;
    @Column(name = "held_on")
    private LocalDate heldOn;
    private Integer attendance;
    private String outcome;
    @Version
    private Long version;
    @OneToMany(mappedBy = "review", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("organization")
    private List<ReviewReport> reports = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "program_review_invitee", joinColumns = @JoinColumn(name = "review_id"))
    @Column(name = "organization")
    private List<String> invitees = new ArrayList<>();

    protected ProgramReview() {
    }

    static ProgramReview open(String id, String processInstanceId, String title, LocalDate reportsDueOn, String by, Instant at,
                              LocalDate today, List<String> members) {
        if (reportsDueOn == null || reportsDueOn.isBefore(today)) {
            throw new SubmissionRuleException("reviews.error.dueOn");
        }
        if (members.isEmpty()) {
            throw new SubmissionRuleException("reviews.error.noMembers");
        }
        ProgramReview review = new ProgramReview();
        review.id = id;
        review.processInstanceId = processInstanceId;
        review.title = required(title, 255, "reviews.error.title");
        review.firstYear = FIRST_YEAR;
        review.lastYear = LAST_YEAR;
        review.reportsDueOn = reportsDueOn;
        review.openedBy = by;
        review.openedAt = at;
        review.status = ReviewStatus.REPORTING;
        members.forEach(code -> review.reports.add(new ReviewReport(review, code)));
        return review;
    }

    void submit(String organization, ReportFigures figures, String by, Instant at) {
        requireStatus(ReviewStatus.REPORTING);
        report(organization).submit(figures, by, at);
    }

    void consolidate(String summary, String conclusions, String by) {
        requireStatus(ReviewStatus.REPORTING);
        this.summary = required(summary, LONG, "reviews.error.summary");
        this.conclusions = required(conclusions, LONG, "reviews.error.summary");
        this.consolidatedBy = by;
        status = ReviewStatus.CONSOLIDATED;
    }

    void schedule(LocalDate on, String place, List<String> invited, LocalDate today) {
        requireStatus(ReviewStatus.CONSOLIDATED);
        if (on == null || on.isBefore(today)) {
            throw new SubmissionRuleException("reviews.error.conferenceOn");
        }
        if (invited.isEmpty()) {
            throw new SubmissionRuleException("reviews.error.invitees");
        }
        conferenceOn = on;
        conferencePlace = required(place, 255, "reviews.error.place");
        invitees.clear();
        invited.stream().distinct().forEach(invitees::add);
        status = ReviewStatus.SCHEDULED;
    }

    void held(LocalDate on, Integer attendance, String outcome, LocalDate today) {
        requireStatus(ReviewStatus.SCHEDULED);
        if (on == null || on.isAfter(today)) {
            throw new SubmissionRuleException("reviews.error.heldOn");
        }
        if (attendance == null || attendance < 0 || attendance > ReportFigures.MAX_FIGURE) {
            throw new SubmissionRuleException("reviews.error.figure");
        }
        this.heldOn = on;
        this.attendance = attendance;
        this.outcome = required(outcome, LONG, "reviews.error.outcome");
        status = ReviewStatus.HELD;
    }

    private void requireStatus(ReviewStatus expected) {
        if (status != expected) {
            throw new SubmissionRuleException("reviews.error.notAtThisStep");
        }
    }

    public ReviewReport report(String organization) {
        return reports.stream().filter(report -> report.organization().equals(organization)).findFirst()
                .orElseThrow(() -> new SubmissionRuleException("reviews.error.notAsked"));
    }

    /** Reports submitted / asked: the plan's target is all of them. */
    public long reportsReceived() {
        return reports.stream().filter(report -> report.status() == ReportStatus.SUBMITTED).count();
    }

    public String id() {
        return id;
    }

    public String processInstanceId() {
        return processInstanceId;
    }

    public String title() {
        return title;
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return lastYear;
    }

    public ReviewStatus status() {
        return status;
    }

    public String openedBy() {
        return openedBy;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public LocalDate reportsDueOn() {
        return reportsDueOn;
    }

    public Instant reportsDueAt() {
        return reportsDueOn.plusDays(1).atStartOfDay(vn.phoihop.portal.ProvinceClock.ZONE).toInstant();
    }

    public String summary() {
        return summary;
    }

    public String conclusions() {
        return conclusions;
    }

    public String consolidatedBy() {
        return consolidatedBy;
    }

    public LocalDate conferenceOn() {
        return conferenceOn;
    }

    public String conferencePlace() {
        return conferencePlace;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public Integer attendance() {
        return attendance;
    }

    public String outcome() {
        return outcome;
    }

    public List<ReviewReport> reports() {
        return Collections.unmodifiableList(reports);
    }

    public List<String> invitees() {
        return Collections.unmodifiableList(invitees);
    }
}
