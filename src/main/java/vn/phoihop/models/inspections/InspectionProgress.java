package vn.phoihop.models.inspections;

import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.modulith.NamedInterface;
import vn.phoihop.organizations.OrganizationGroups;
import vn.phoihop.portal.ProvinceClock;

/**
 * The plan's targets for the models in a year (III.1.4, III.2.4, for the dashboard): one model of
 * every member organisation inspected; every weakness found remedied.
 */
@NamedInterface("progress")
@Service
@Transactional(readOnly = true)
public class InspectionProgress {

    private final ModelInspectionRepository inspections;
    private final OrganizationGroups organizationGroups;

    InspectionProgress(ModelInspectionRepository inspections, OrganizationGroups organizationGroups) {
        this.inspections = inspections;
        this.organizationGroups = organizationGroups;
    }

    public Figures of(int year) {
        return of(year, organization -> true);
    }

    /** The year's figures of the member organisations that pass the filter. */
    public Figures of(int year, java.util.function.Predicate<String> organizations) {
        java.util.Set<String> inspected = new java.util.HashSet<>();
        int remediations = 0;
        int closed = 0;
        int overdue = 0;
        Instant now = ProvinceClock.now();
        for (ModelInspection inspection : inspections.findByPlanYearOrderByOpenedAtDesc(year)) {
            inspection.selections().stream().filter(selection -> selection.status() == SelectionStatus.INSPECTED && organizations.test(selection.organization()))
                    .forEach(selection -> inspected.add(selection.organization()));
            for (Remediation remediation : inspection.remediations()) {
                if (remediation.status() == RemediationStatus.PLANNED || !organizations.test(remediation.organization())) {
                    continue;
                }
                remediations++;
                closed += remediation.status() == RemediationStatus.DONE ? 1 : 0;
                overdue += remediation.overdue(now) ? 1 : 0;
            }
        }
        int members = (int) organizationGroups.memberOrganizationsOn(ProvinceClock.today()).stream().filter(organizations).count();
        return new Figures(year, inspected.size(), members, remediations, closed, overdue);
    }

    /**
     * @param organizationsInspected member organisations with a model inspected in the year
     * @param memberOrganizations    member organisations in force today (the plan's six)
     */
    @NamedInterface("progress")
    public record Figures(int year, int organizationsInspected, int memberOrganizations, int remediations,
                          int remediationsClosed, int remediationsOverdue) {
    }
}
