package vn.phoihop.models.inspections;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import vn.phoihop.forms.FormOption;
import vn.phoihop.forms.ReferenceOptionsSource;
import vn.phoihop.models.MovementModelRepository;
import vn.phoihop.organizations.OrganizationGroups;

/**
 * The reference list {@code myActiveModels}: the active models sponsored by the organisations the
 * user the engine acts for works for, so the selection form offers only the user's own models (and
 * the binder refuses any other id on every door; the listener checks the branch's organisation too).
 */
@Component
class MyActiveModelsOptions implements ReferenceOptionsSource {

    static final String REFERENCE_NAME = "myActiveModels";

    private final MovementModelRepository models;
    private final OrganizationGroups organizationGroups;

    MyActiveModelsOptions(MovementModelRepository models, OrganizationGroups organizationGroups) {
        this.models = models;
        this.organizationGroups = organizationGroups;
    }

    @Override
    public List<FormOption> options(String referenceName, Locale locale) {
        if (!REFERENCE_NAME.equals(referenceName)) {
            return List.of();
        }
        return models.findBySponsorInAndActiveTrueOrderByName(organizationGroups.actingForEngineUser()).stream()
                .map(model -> new FormOption(model.getName(), model.getId())).toList();
    }
}
