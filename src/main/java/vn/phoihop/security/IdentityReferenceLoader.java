package vn.phoihop.security;

import java.util.Collection;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.phoihop.referencedata.ReferenceDataFiles;
import vn.phoihop.startup.StartupLoader;
import vn.phoihop.startup.StartupOrder;

/**
 * Creates the Camunda groups and their authorizations from {@code reference/groups.yaml} and
 * {@code reference/authorizations.yaml}. Idempotent: existing groups are renamed only when the file
 * says otherwise, and permissions are only ever added, never taken away, so that what an
 * administrator granted in Camunda Admin survives a restart.
 */
@Component
@Order(StartupOrder.GROUPS)
public class IdentityReferenceLoader implements StartupLoader {

    private static final Logger log = LoggerFactory.getLogger(IdentityReferenceLoader.class);

    private final ReferenceDataFiles files;
    private final IdentityService identityService;
    private final GroupGrants grants;
    private final ProcessEngineConfigurationImpl engineConfiguration;

    IdentityReferenceLoader(ReferenceDataFiles files, IdentityService identityService,
                            GroupGrants grants, ProcessEngineConfigurationImpl engineConfiguration) {
        this.files = files;
        this.identityService = identityService;
        this.grants = grants;
        this.engineConfiguration = engineConfiguration;
    }

    @Override
    public void loadAtStartup() {
        load();
    }

    /** Answers how many groups and authorizations were created or changed. */
    public int load() {
        List<GroupRow> groups = files.read("groups.yaml", GroupRow.File.class).groups();
        int changed = 0;
        for (GroupRow row : groups) {
            changed += upsertGroup(row) ? 1 : 0;
        }
        List<String> workflowGroups = groups.stream().filter(g -> GroupRow.WORKFLOW.equals(g.type())).map(GroupRow::id).toList();
        for (GrantRow grant : files.read("authorizations.yaml", GrantRow.File.class).grants()) {
            List<String> grantees = grant.groups().contains(GrantRow.ALL) ? workflowGroups : grant.groups();
            for (String groupId : grantees) {
                for (Resource resource : resources(grant)) {
                    changed += grant(groupId, resource, grant) ? 1 : 0;
                }
            }
        }
        log.info("Identity reference data loaded: {} groups and authorizations created or changed", changed);
        return changed;
    }

    /**
     * Gives a workflow group made at run time (a commune's police or Front, imported) the grants that
     * start-up gives every workflow group of groups.yaml ({@code groups: ['*']}).
     */
    public void grantWorkflowDefaults(Collection<String> groupIds) {
        for (GrantRow grant : files.read("authorizations.yaml", GrantRow.File.class).grants()) {
            if (grant.groups().contains(GrantRow.ALL)) {
                for (String groupId : groupIds) {
                    for (Resource resource : resources(grant)) {
                        grant(groupId, resource, grant);
                    }
                }
            }
        }
    }

    private boolean upsertGroup(GroupRow row) {
        var group = identityService.createGroupQuery().groupId(row.id()).singleResult();
        if (group == null) {
            group = identityService.newGroup(row.id());
        } else if (row.name().equals(group.getName()) && row.type().equals(group.getType())) {
            return false;
        }
        group.setName(row.name());
        group.setType(row.type());
        identityService.saveGroup(group);
        return true;
    }

    private static List<Resource> resources(GrantRow grant) {
        return GrantRow.ALL.equals(grant.resource()) ? List.of(Resources.values()) : List.of(Resources.valueOf(grant.resource()));
    }

    private boolean grant(String groupId, Resource resource, GrantRow row) {
        var permissionProvider = engineConfiguration.getPermissionProvider();
        return grants.ensure(groupId, resource, row.resourceId(), row.permissions().stream()
                .map(name -> permissionProvider.getPermissionForName(name, resource.resourceType()))
                .toList());
    }
}
