package vn.phoihop.reports;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import vn.phoihop.organizations.PlanReaders;

/**
 * A periodic report as one user may see it: those who read the plan whole see every organisation's
 * part; an organisation its own, with the figures the system holds for it now while it has not sent it.
 */
public record PeriodicReportView(PeriodicReport report, boolean whole, List<Part> parts, Map<String, String> organizationNames) {

    /** @param figures as submitted, or counted now for the organisation's own pending part; null otherwise */
    public record Part(OrganizationReport part, ReportedFigures figures, boolean live) {

        public List<Integer> values() {
            return figures == null ? List.of() : figures.values();
        }
    }

    static PeriodicReportView of(PeriodicReport report, PlanReaders.Reader reader, Map<String, String> names,
                                 BiFunction<String, Integer, ReportedFigures> currentFigures) {
        List<Part> parts = report.organizations().stream().filter(part -> reader.sees(part.organization()))
                .map(part -> part.submitted() ? new Part(part, part.figures(), false)
                        : !reader.whole() && report.status() == PeriodicReportStatus.REPORTING
                        ? new Part(part, currentFigures.apply(part.organization(), report.year()), true)
                        : new Part(part, null, false))
                .toList();
        return new PeriodicReportView(report, reader.whole(), parts, names);
    }

    public String title() {
        return report.title() + " (" + report.id() + ")";
    }

    public String organizationName(String code) {
        return organizationNames.getOrDefault(code, code);
    }

    public List<String> figureLabels() {
        return ReportedFigures.LABELS;
    }

    /** The Word, PDF and Excel files exist once PX05 and PTTG have consolidated the report. */
    public boolean filesReady() {
        return whole && report.summary() != null;
    }
}
