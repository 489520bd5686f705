package vn.phoihop.reports;

import java.util.Optional;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.phoihop.instances.InstanceReaders;
import vn.phoihop.organizations.OrganizationTree;
import vn.phoihop.organizations.PlanReaders;
import vn.phoihop.security.PortalUser;
import vn.phoihop.tasks.RecordSummary;

/**
 * Beside each task of a periodic report: the parts the user may see, so an organisation has the figures
 * the system holds for it in view while it writes, and those who consolidate and approve have every part.
 */
@Component
class PeriodicReportTaskSummary implements RecordSummary, InstanceReaders {

    private final PeriodicReportService reports;
    private final PlanReaders readers;
    private final OrganizationTree organizations;

    PeriodicReportTaskSummary(PeriodicReportService reports, PlanReaders readers, OrganizationTree organizations) {
        this.reports = reports;
        this.readers = readers;
        this.organizations = organizations;
    }

    @Override
    public String processDefinitionKey() {
        return PeriodicReportProcessVariables.PROCESS_ID;
    }

    @Override
    public String template() {
        return "reports/summary";
    }

    @Override
    public Optional<Object> of(String processInstanceId) {
        PlanReaders.Reader reader = readers.of(PortalUser.current());
        return reports.findByInstance(processInstanceId).map(report -> PeriodicReportView.of(report, reader,
                organizations.names(LocaleContextHolder.getLocale()), reports::currentFigures));
    }

    @Override
    public boolean mayRead(PortalUser user, String processInstanceId) {
        return readers.of(user).whole() && reports.findByInstance(processInstanceId).isPresent();
    }
}
