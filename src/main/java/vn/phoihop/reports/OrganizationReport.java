package vn.phoihop.reports;

import static vn.phoihop.forms.FormTexts.optional;
import static vn.phoihop.forms.FormTexts.required;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.notifications.Chase;

/**
 * One organisation's part of a periodic report: its narrative and the figures the system held for it
 * when it submitted. Its own row, so reports sent at once never overwrite each other. Changed only
 * through {@link PeriodicReport}.
 */
@Entity
@Table(name = "periodic_report_organization")
public class OrganizationReport {

    static final int LONG = 8000;

    @Id
    private String id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private PeriodicReport report;
    @Column(nullable = false)
    private String organization;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganizationReportStatus status;
    private String results;
    private String difficulties;
    private String recommendations;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Embedded
    private ReportedFigures figures;
    @Embedded
    private Chase chase = new Chase();
    @Version
    private Long version;

    protected OrganizationReport() {
    }

    OrganizationReport(PeriodicReport report, String organization) {
        this.id = report.id() + "-" + organization;
        this.report = report;
        this.organization = organization;
        this.status = OrganizationReportStatus.PENDING;
    }

    void submit(ReportedFigures figures, String results, String difficulties, String recommendations, String by, Instant at) {
        if (status != OrganizationReportStatus.PENDING) {
            throw new SubmissionRuleException("reports.error.submitted");
        }
        this.results = required(results, LONG, "reports.error.results");
        this.difficulties = optional(difficulties, LONG, "reports.error.results");
        this.recommendations = optional(recommendations, LONG, "reports.error.results");
        this.figures = figures;
        this.submittedBy = by;
        this.submittedAt = at;
        this.status = OrganizationReportStatus.SUBMITTED;
    }

    Chase chase() {
        return chase;
    }

    /** Submitted by the end of the day the reports were due. */
    public boolean onTime() {
        return submittedAt != null && !submittedAt.isAfter(report.reportsDueAt());
    }

    public String id() {
        return id;
    }

    public String organization() {
        return organization;
    }

    public OrganizationReportStatus status() {
        return status;
    }

    public boolean submitted() {
        return status == OrganizationReportStatus.SUBMITTED;
    }

    public String results() {
        return results;
    }

    public String difficulties() {
        return difficulties;
    }

    public String recommendations() {
        return recommendations;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    /** The figures as submitted; null while pending. */
    public ReportedFigures figures() {
        return figures;
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
}
