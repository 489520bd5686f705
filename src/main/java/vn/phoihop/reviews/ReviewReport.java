package vn.phoihop.reviews;

import static vn.phoihop.forms.FormTexts.required;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.notifications.Chase;

/**
 * One member organisation's report for the review: its results and figures for the ten years, the
 * collectives and people it nominates, its contribution. Its own row, so reports sent at once never
 * overwrite each other. Changed only through {@link ProgramReview}.
 */
@Entity
@Table(name = "program_review_report")
public class ReviewReport {

    @Id
    private String id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_id")
    private ProgramReview review;
    @Column(nullable = false)
    private String organization;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportStatus status;
    private String results;
    @Column(name = "models_built")
    private Integer modelsBuilt;
    @Column(name = "people_mobilized")
    private Integer peopleMobilized;
    @Column(name = "tips_received")
    private Integer tipsReceived;
    @Column(name = "contribution_files")
    private String contributionFiles;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Embedded
    private Chase chase = new Chase();
    @ElementCollection
    @CollectionTable(name = "program_review_nomination", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<Nomination> nominations = new ArrayList<>();
    @Version
    private Long version;

    protected ReviewReport() {
    }

    ReviewReport(ProgramReview review, String organization) {
        this.id = review.id() + "-" + organization;
        this.review = review;
        this.organization = organization;
        this.status = ReportStatus.PENDING;
    }

    void submit(ReportFigures figures, String by, Instant at) {
        if (status != ReportStatus.PENDING) {
            throw new SubmissionRuleException("reviews.error.submitted");
        }
        if (figures.nominations().size() > ReportFigures.MAX_NOMINATIONS) {
            throw new SubmissionRuleException("reviews.error.nomination");
        }
        results = required(figures.results(), 8000, "reviews.error.results");
        modelsBuilt = figure(figures.modelsBuilt());
        peopleMobilized = figure(figures.peopleMobilized());
        tipsReceived = figure(figures.tipsReceived());
        nominations.clear();
        nominations.addAll(figures.nominations());
        contributionFiles = figures.contributionFiles();
        submittedBy = by;
        submittedAt = at;
        status = ReportStatus.SUBMITTED;
    }

    private static Integer figure(Integer value) {
        if (value == null || value < 0 || value > ReportFigures.MAX_FIGURE) {
            throw new SubmissionRuleException("reviews.error.figure");
        }
        return value;
    }

    Chase chase() {
        return chase;
    }

    public String id() {
        return id;
    }

    public String organization() {
        return organization;
    }

    public ReportStatus status() {
        return status;
    }

    public String results() {
        return results;
    }

    public int modelsBuilt() {
        return modelsBuilt == null ? 0 : modelsBuilt;
    }

    public int peopleMobilized() {
        return peopleMobilized == null ? 0 : peopleMobilized;
    }

    public int tipsReceived() {
        return tipsReceived == null ? 0 : tipsReceived;
    }

    /** The attachment ids of the contribution (tham luận), comma-separated; null when none was sent. */
    public String contributionFiles() {
        return contributionFiles;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
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

    public List<Nomination> nominations() {
        return Collections.unmodifiableList(nominations);
    }
}
