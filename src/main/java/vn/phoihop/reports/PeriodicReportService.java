package vn.phoihop.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.documents.RecordIds;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.organizations.OrganizationGroups;
import vn.phoihop.portal.ProvinceClock;

/**
 * One method per step of {@code PeriodicReportProcess}: loads the report by its process instance,
 * applies the step and saves it. Who acts, and for which organisation, is checked here against our
 * organisation table and Camunda's identity store, never taken from a variable; an organisation's
 * figures are counted here from the records, never taken from the form.
 */
@Service
@Transactional
public class PeriodicReportService {

    static final String ID_PREFIX = "BC";
    static final String POLICE_LEADERS = "police-leaders";
    static final String FRONT_LEADERS = "front-leaders";

    private final PeriodicReportRepository reports;
    private final OrganizationGroups organizationGroups;
    private final OrganizationFigures figures;
    private final RecordIds recordIds;

    PeriodicReportService(PeriodicReportRepository reports, OrganizationGroups organizationGroups, OrganizationFigures figures,
                          RecordIds recordIds) {
        this.reports = reports;
        this.organizationGroups = organizationGroups;
        this.figures = figures;
        this.recordIds = recordIds;
    }

    /** @param by the user who opened it, or null when the schedule did */
    PeriodicReport opened(String processInstanceId, ReportPeriod period, int year, LocalDate reportsDueOn, String by) {
        if (by != null) {
            requireCoordinator(by);
        }
        LocalDate today = ProvinceClock.today();
        return reports.save(PeriodicReport.open(recordIds.next(ID_PREFIX, today.getYear()), processInstanceId, year, period,
                reportsDueOn, by, ProvinceClock.now(), today, figures.reportingFor(year, period)));
    }

    void submitted(String processInstanceId, String organization, String results, String difficulties, String recommendations,
                   String by) {
        if (!organizationGroups.isMember(by, organizationGroups.groupOf(organization))) {
            throw new SubmissionRuleException("reports.error.notYourOrganization");
        }
        PeriodicReport report = of(processInstanceId);
        report.submit(organization, figures.of(organization, report.year()), results, difficulties, recommendations, by,
                ProvinceClock.now());
    }

    void reminded(String processInstanceId, String organization) {
        of(processInstanceId).part(organization).chase().remind();
    }

    void escalated(String processInstanceId, String organization) {
        of(processInstanceId).part(organization).chase().escalate();
    }

    void escalationNoted(String processInstanceId, String organization, String instruction) {
        of(processInstanceId).part(organization).chase().noteEscalation(instruction, "reports.error.instruction");
    }

    void consolidated(String processInstanceId, String summary, String directions, String by) {
        requireCoordinator(by);
        of(processInstanceId).consolidate(summary, directions, by);
    }

    void approved(String processInstanceId, String by) {
        requireLeader(by);
        of(processInstanceId).approve(by, ProvinceClock.now());
    }

    void returned(String processInstanceId, String reason, String by) {
        requireLeader(by);
        of(processInstanceId).returnForRevision(reason);
    }

    /** The figures an organisation's part would carry if it were submitted now. */
    @Transactional(readOnly = true)
    public ReportedFigures currentFigures(String organization, int year) {
        return figures.of(organization, year);
    }

    /** The same for several organisations at once, in their order. */
    @Transactional(readOnly = true)
    public Map<String, ReportedFigures> currentFigures(List<String> organizations, int year) {
        return figures.of(organizations, year);
    }

    String groupOf(String organization) {
        return organizationGroups.groupOf(organization);
    }

    String escalationGroupOf(String organization) {
        return organizationGroups.escalationGroupOf(organization);
    }

    @Transactional(readOnly = true)
    public PeriodicReport of(String processInstanceId) {
        return reports.findByProcessInstanceId(processInstanceId)
                .orElseThrow(() -> new IllegalStateException("No periodic report for instance " + processInstanceId));
    }

    @Transactional(readOnly = true)
    public Optional<PeriodicReport> findByInstance(String processInstanceId) {
        return reports.findByProcessInstanceId(processInstanceId);
    }

    @Transactional(readOnly = true)
    public Optional<PeriodicReport> find(String id) {
        return reports.findWithOrganizationsById(id);
    }

    @Transactional(readOnly = true)
    public List<PeriodicReport> ofYear(int year) {
        return reports.findByYearOrderByOpenedAtDesc(year);
    }

    @Transactional(readOnly = true)
    public List<PeriodicReport> all() {
        return reports.findAllByOrderByOpenedAtDesc();
    }

    private void requireCoordinator(String user) {
        if (organizationGroups.coordinatorGroupOf(user).isEmpty()) {
            throw new SubmissionRuleException("reports.error.notCoordinator");
        }
    }

    private void requireLeader(String user) {
        if (!organizationGroups.isMember(user, POLICE_LEADERS) && !organizationGroups.isMember(user, FRONT_LEADERS)) {
            throw new SubmissionRuleException("reports.error.notLeader");
        }
    }
}
