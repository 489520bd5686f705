package vn.phoihop.processes;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;
import vn.phoihop.organizations.Organization;
import vn.phoihop.organizations.OrganizationKind;
import vn.phoihop.organizations.OrganizationRepository;
import vn.phoihop.referencedata.ReferenceDataFiles;
import vn.phoihop.security.EngineAsSystem;

/**
 * The role groups of {@code reference/process-roles.yaml}: a name a model uses instead of a list of
 * group ids, standing for the groups of the organisations of some kinds (read from the
 * organisation tree each time, so an organisation added later is in) and some listed groups.
 */
@Component
public class ProcessRoles {

    record Role(String id, String name, List<OrganizationKind> organizationKinds, List<String> groups, List<String> groupTypes) {

        Role {
            organizationKinds = organizationKinds == null ? List.of() : organizationKinds;
            groups = groups == null ? List.of() : groups;
            groupTypes = groupTypes == null ? List.of() : groupTypes;
        }
    }

    record File(List<Role> roles) {
    }

    private final Map<String, Role> roles;
    private final OrganizationRepository organizations;
    private final IdentityService identityService;
    private final EngineAsSystem engineAsSystem;

    ProcessRoles(ReferenceDataFiles files, OrganizationRepository organizations, IdentityService identityService,
                 EngineAsSystem engineAsSystem) {
        this.identityService = identityService;
        this.engineAsSystem = engineAsSystem;
        this.roles = files.read("process-roles.yaml", File.class).roles().stream()
                .collect(Collectors.toUnmodifiableMap(Role::id, Function.identity()));
        this.organizations = organizations;
    }

    /** The group ids the names stand for: a role's groups, or the name itself when it is a plain group. */
    public Set<String> groupsOf(Collection<String> groupsOrRoles) {
        return groupsOf(groupsOrRoles, true);
    }

    /** @param withGroupTypes whether a role's groups of a type (every unit's) are listed too */
    Set<String> groupsOf(Collection<String> groupsOrRoles, boolean withGroupTypes) {
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
            for (String type : withGroupTypes ? role.groupTypes() : List.<String>of()) {
                engineAsSystem.call(() -> identityService.createGroupQuery().groupType(type).list()).stream()
                        .map(Group::getId).forEach(groups::add);
            }
        }
        return groups;
    }

    /**
     * Whether any of the groups is one the names stand for. Unlike {@link #groupsOf}, it does not
     * list the thousands of unit groups a role of a group type stands for: it asks about these groups only.
     */
    public boolean includesAny(Collection<String> groupsOrRoles, Collection<String> groupIds) {
        if (groupIds.isEmpty()) {
            return false;
        }
        for (String name : groupsOrRoles) {
            Role role = roles.get(name);
            if (role == null) {
                if (groupIds.contains(name)) {
                    return true;
                }
                continue;
            }
            if (role.groups().stream().anyMatch(groupIds::contains)
                    || (!role.organizationKinds().isEmpty() && organizations.findAll().stream()
                            .anyMatch(o -> role.organizationKinds().contains(o.getKind()) && groupIds.contains(o.getGroupId())))
                    || role.groupTypes().stream().anyMatch(type -> engineAsSystem.call(() -> identityService.createGroupQuery()
                            .groupIdIn(groupIds.toArray(String[]::new)).groupType(type).count() > 0))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the names include a role that stands for every group of that type (the unit groups). */
    public boolean includeGroupType(Collection<String> groupsOrRoles, String groupType) {
        return groupsOrRoles.stream().map(roles::get).filter(Objects::nonNull)
                .anyMatch(role -> role.groupTypes().contains(groupType));
    }
}
