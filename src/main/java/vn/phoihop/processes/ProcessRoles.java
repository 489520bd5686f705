package vn.phoihop.processes;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import vn.phoihop.organizations.Organization;
import vn.phoihop.organizations.OrganizationKind;
import vn.phoihop.organizations.OrganizationRepository;
import vn.phoihop.referencedata.ReferenceDataFiles;

/**
 * The role groups of {@code reference/process-roles.yaml}: a name a model uses instead of a list of
 * group ids, standing for the groups of the organisations of some kinds (read from the
 * organisation tree each time, so an organisation added later is in) and some listed groups.
 */
@Component
public class ProcessRoles {

    record Role(String id, String name, List<OrganizationKind> organizationKinds, List<String> groups) {
    }

    record File(List<Role> roles) {
    }

    private final Map<String, Role> roles;
    private final OrganizationRepository organizations;

    ProcessRoles(ReferenceDataFiles files, OrganizationRepository organizations) {
        this.roles = files.read("process-roles.yaml", File.class).roles().stream()
                .collect(Collectors.toUnmodifiableMap(Role::id, Function.identity()));
        this.organizations = organizations;
    }

    /** The group ids the names stand for: a role's groups, or the name itself when it is a plain group. */
    public Set<String> groupsOf(Collection<String> groupsOrRoles) {
        Set<String> groups = new LinkedHashSet<>();
        for (String name : groupsOrRoles) {
            Role role = roles.get(name);
            if (role == null) {
                groups.add(name);
                continue;
            }
            organizations.findAll().stream()
                    .filter(organization -> role.organizationKinds().contains(organization.getKind()))
                    .map(Organization::getGroupId).filter(Objects::nonNull)
                    .forEach(groups::add);
            groups.addAll(role.groups());
        }
        return groups;
    }
}
