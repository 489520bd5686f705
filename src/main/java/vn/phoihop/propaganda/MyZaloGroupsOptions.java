package vn.phoihop.propaganda;

import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.phoihop.forms.FormOption;
import vn.phoihop.forms.ReferenceOptionsSource;
import vn.phoihop.organizations.OrganizationGroups;
import vn.phoihop.zalo.ZaloGroupRepository;

/**
 * The reference list {@code myZaloGroups}: the active Zalo groups of the organisations the user the
 * engine acts for works for, so a confirmation offers only the user's own groups (and the binder
 * refuses any other id on every door; the listener checks the branch's organisation too).
 */
@Component
class MyZaloGroupsOptions implements ReferenceOptionsSource {

    static final String REFERENCE_NAME = "myZaloGroups";

    private final ZaloGroupRepository groups;
    private final OrganizationGroups organizationGroups;
    private final IdentityService identityService;

    MyZaloGroupsOptions(ZaloGroupRepository groups, OrganizationGroups organizationGroups, IdentityService identityService) {
        this.groups = groups;
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
        return groups.findByOrganizationInAndActiveTrueOrderByName(organizationGroups.actingFor(current.getGroupIds())).stream()
                .map(group -> new FormOption(group.getName(), group.getId())).toList();
    }
}
