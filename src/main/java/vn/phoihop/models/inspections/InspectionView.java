package vn.phoihop.models.inspections;

import java.util.List;
import java.util.Map;

import vn.phoihop.organizations.PlanReaders;

/**
 * An inspection as one user may see it: those who read the plan whole see everything; once the
 * result is announced everyone reads the announcement and the findings of every model, and an
 * organisation sees the remediations of its own models only.
 */
public record InspectionView(ModelInspection inspection, boolean whole, List<ModelSelection> selections,
                      List<Remediation> remediations, Map<String, String> organizationNames, Map<String, String> modelNames) {

    static InspectionView of(ModelInspection inspection, PlanReaders.Reader reader, Map<String, String> organizationNames,
                             Map<String, String> modelNames) {
        return new InspectionView(inspection, reader.whole(), inspection.selections(),
                inspection.remediations().stream().filter(remediation -> reader.sees(remediation.organization())).toList(),
                organizationNames, modelNames);
    }

    public String title() {
        return InspectionTitles.of(inspection);
    }

    public String organizationName(String code) {
        return organizationNames.getOrDefault(code, code);
    }

    public String modelName(String id) {
        return id == null ? "" : modelNames.getOrDefault(id, id);
    }

    /** Before the announcement the record is the coordinators' and leaders' working file. */
    static boolean readable(ModelInspection inspection, PlanReaders.Reader reader) {
        return reader.whole() || inspection.isAnnounced();
    }
}
