package vn.phoihop.models.inspections;

import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
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
    private final IdentityService identityService;

    MyActiveModelsOptions(MovementModelRepository models, OrganizationGroups organizationGroups, IdentityService identityService) {
        this.models = models;
        this.organizationGroups = organizationGroups;
        this.identityService = identityService;
    }

    @Override
    public List<FormOption> options(String referenceName, Locale locale) {
        if (!REFERENCE_NAME.equals(referenceName)) {
            return List.of();
        }
        Authentication current = identityService.getCurrentAuthentication();
        if (current == null || current.getGroupIds() == null) {
            return List.of();
        }
        return models.findBySponsorInAndActiveTrueOrderByName(organizationGroups.actingFor(current.getGroupIds())).stream()
                .map(model -> new FormOption(model.getName(), model.getId())).toList();
    }
}
