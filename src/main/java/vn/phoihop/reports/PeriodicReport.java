package vn.phoihop.reports;

import static vn.phoihop.forms.FormTexts.required;

import java.time.Instant;
import java.time.LocalDate;
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

/**
 * A six-monthly or yearly report of the plan (section IV): every reporting organisation's part, the
 * provincial report PX05 and PTTG consolidate from them, the leaders' approval. Its rules live here;
 * the steps call it through {@link PeriodicReportService}.
 */
@Entity
@Table(name = "periodic_report")
public class PeriodicReport {

    static final int FIRST_YEAR = 2023;

    @Id
    private String id;
    @Column(name = "process_instance_id", nullable = false, unique = true)
    private String processInstanceId;
    @Column(name = "report_year", nullable = false)
    private int year;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportPeriod period;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PeriodicReportStatus status;
    /** Null when the schedule opened it. */
    @Column(name = "opened_by")
    private String openedBy;
    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;
    @Column(name = "reports_due_on", nullable = false)
    private LocalDate reportsDueOn;
    private String summary;
    private String directions;
    @Column(name = "consolidated_by")
    private String consolidatedBy;
    @Column(name = "return_reason")
    private String returnReason;
    @Column(name = "approved_by")
    private String approvedBy;
    @Column(name = "approved_at")
    private Instant approvedAt;
    @Version
    private Long version;
    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("organization")
    private List<OrganizationReport> organizations = new ArrayList<>();

    protected PeriodicReport() {
    }

    static PeriodicReport open(String id, String processInstanceId, int year, ReportPeriod period, LocalDate reportsDueOn,
                               String by, Instant at, LocalDate today, List<String> reporting) {
        if (year < FIRST_YEAR || year > today.getYear()) {
            throw new SubmissionRuleException("reports.error.year");
        }
        if (reportsDueOn == null || reportsDueOn.isBefore(today)) {
            throw new SubmissionRuleException("reports.error.dueOn");
        }
        if (reporting.isEmpty()) {
            throw new SubmissionRuleException("reports.error.noOrganizations");
        }
        PeriodicReport report = new PeriodicReport();
        report.id = id;
        report.processInstanceId = processInstanceId;
        report.year = year;
        report.period = period;
        report.reportsDueOn = reportsDueOn;
        report.openedBy = by;
        report.openedAt = at;
        report.status = PeriodicReportStatus.REPORTING;
        reporting.stream().distinct().forEach(code -> report.organizations.add(new OrganizationReport(report, code)));
        return report;
    }

    void submit(String organization, ReportedFigures figures, String results, String difficulties, String recommendations,
                String by, Instant at) {
        requireStatus(PeriodicReportStatus.REPORTING);
        part(organization).submit(figures, results, difficulties, recommendations, by, at);
    }

    void consolidate(String summary, String directions, String by) {
        if (status != PeriodicReportStatus.REPORTING && status != PeriodicReportStatus.RETURNED) {
            throw new SubmissionRuleException("reports.error.notAtThisStep");
        }
        this.summary = required(summary, OrganizationReport.LONG, "reports.error.summary");
        this.directions = required(directions, OrganizationReport.LONG, "reports.error.summary");
        this.consolidatedBy = by;
        status = PeriodicReportStatus.CONSOLIDATED;
    }

    void approve(String by, Instant at) {
        requireStatus(PeriodicReportStatus.CONSOLIDATED);
        approvedBy = by;
        approvedAt = at;
        returnReason = null;
        status = PeriodicReportStatus.APPROVED;
    }

    void returnForRevision(String reason) {
        requireStatus(PeriodicReportStatus.CONSOLIDATED);
        returnReason = required(reason, 2000, "reports.error.returnReason");
        status = PeriodicReportStatus.RETURNED;
    }

    private void requireStatus(PeriodicReportStatus expected) {
        if (status != expected) {
            throw new SubmissionRuleException("reports.error.notAtThisStep");
        }
    }

    public OrganizationReport part(String organization) {
        return organizations.stream().filter(part -> part.organization().equals(organization)).findFirst()
                .orElseThrow(() -> new SubmissionRuleException("reports.error.notAsked"));
    }

    public long submittedCount() {
        return organizations.stream().filter(OrganizationReport::submitted).count();
    }

    public long onTimeCount() {
        return organizations.stream().filter(OrganizationReport::onTime).count();
    }

    /** The end of the day the reports are due, in the province. */
    public Instant reportsDueAt() {
        return reportsDueOn.plusDays(1).atStartOfDay(ProvinceClock.ZONE).toInstant();
    }

    public String title() {
        return "Báo cáo " + period.inSentence() + " " + year;
    }

    public String id() {
        return id;
    }

    public String processInstanceId() {
        return processInstanceId;
    }

    public int year() {
        return year;
    }

    public ReportPeriod period() {
        return period;
    }

    public PeriodicReportStatus status() {
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

    public String summary() {
        return summary;
    }

    public String directions() {
        return directions;
    }

    public String consolidatedBy() {
        return consolidatedBy;
    }

    public String returnReason() {
        return returnReason;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public List<OrganizationReport> organizations() {
        return Collections.unmodifiableList(organizations);
    }
}
