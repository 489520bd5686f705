package vn.phoihop.propaganda;

import java.util.List;
import java.util.Locale;

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

    MyZaloGroupsOptions(ZaloGroupRepository groups, OrganizationGroups organizationGroups) {
        this.groups = groups;
        this.organizationGroups = organizationGroups;
    }

    @Override
    public List<FormOption> options(String referenceName, Locale locale) {
        if (!REFERENCE_NAME.equals(referenceName)) {
            return List.of();
        }
        return groups.findByOrganizationInAndActiveTrueOrderByName(organizationGroups.actingForEngineUser()).stream()
                .map(group -> new FormOption(group.getName(), group.getId())).toList();
    }
}
