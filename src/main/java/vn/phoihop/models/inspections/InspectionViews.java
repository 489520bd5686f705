package vn.phoihop.models.inspections;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;
import vn.phoihop.models.MovementModelRepository;
import vn.phoihop.organizations.OrganizationTree;
import vn.phoihop.organizations.PlanReaders;

/** Builds {@link InspectionView}s with the names of the organisations and models they show, for the pages and the task summary. */
@Component
class InspectionViews {

    private final OrganizationTree organizations;
    private final MovementModelRepository models;

    InspectionViews(OrganizationTree organizations, MovementModelRepository models) {
        this.organizations = organizations;
        this.models = models;
    }

    InspectionView of(ModelInspection inspection, PlanReaders.Reader reader, Locale locale) {
        List<String> ids = inspection.selections().stream().map(ModelSelection::modelId).filter(Objects::nonNull).toList();
        Map<String, String> names = new HashMap<>();
        models.findAllById(ids).forEach(found -> names.put(found.getId(), found.getName()));
        return InspectionView.of(inspection, reader, organizations.names(locale), names);
    }
}
