package vn.phoihop.processes;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.core.annotation.Order;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.phoihop.organizations.OrganizationsImported;
import vn.phoihop.security.GroupGrants;
import vn.phoihop.startup.StartupLoader;
import vn.phoihop.startup.StartupOrder;

/**
 * The model says who may start a process ({@code camunda:candidateStarterGroups}, where a role of
 * {@code reference/process-roles.yaml} stands for its groups); this turns it into the Camunda grants
 * the engine checks (CREATE_INSTANCE on the definition), so the portal, Camunda's Tasklist and the
 * REST API agree without an administrator granting by hand.
 */
@Component
@Order(StartupOrder.STARTER_GRANTS)
public class StarterGroupGrants implements StartupLoader {

    private static final List<Permission> STARTER_PERMISSIONS = List.of(
            ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);

    private final RepositoryService repositoryService;
    private final StarterGroups starterGroups;
    private final GroupGrants grants;

    StarterGroupGrants(RepositoryService repositoryService, StarterGroups starterGroups, GroupGrants grants) {
        this.repositoryService = repositoryService;
        this.starterGroups = starterGroups;
        this.grants = grants;
    }

    @Override
    public void loadAtStartup() {
        grantForLatestDefinitions();
    }

    /**
     * Communes imported at run time take part in the roles of their kinds (process-roles.yaml) at
     * once. Only the imported organisations' groups: the others, and the thousands of unit groups,
     * have theirs already, and going over them at each import made it take minutes.
     */
    @EventListener
    void organizationsImported(OrganizationsImported imported) {
        for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
            Set<String> groups = new HashSet<>(starterGroups.ofOrganizations(definition.getId()));
            groups.retainAll(imported.groupIds());
            grants.ensureAll(groups, Resources.PROCESS_DEFINITION, definition.getKey(), STARTER_PERMISSIONS);
        }
    }

    /**
     * Also to be called after a redeployment. A starter also needs to create the instance, which
     * workflow groups get from authorizations.yaml; the groups of other types (units) get it here.
     */
    public void grantForLatestDefinitions() {
        repositoryService.createProcessDefinitionQuery().latestVersion().list().forEach(this::grantStarters);
    }

    /** The processes of one deployment, just committed: the others' grants are already there. */
    public void grantForDeployment(String deploymentId) {
        repositoryService.createProcessDefinitionQuery().deploymentId(deploymentId).list().forEach(this::grantStarters);
    }

    private void grantStarters(ProcessDefinition definition) {
        Set<String> groups = starterGroups.of(definition.getId());
        grants.ensureAll(groups, Resources.PROCESS_DEFINITION, definition.getKey(), STARTER_PERMISSIONS);
        grants.ensureAll(groups, Resources.PROCESS_INSTANCE, Authorization.ANY, List.of(Permissions.CREATE));
    }

    /**
     * Groups of a type just created (units registered at run time) may start at once what their
     * type's role may start. Named rather than queried: in the command that creates them, a group
     * query does not see them yet.
     */
    public void grantToNewGroups(String groupType, Collection<String> groupIds) {
        for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
            if (starterGroups.includeGroupType(definition.getId(), groupType)) {
                grants.ensureAll(groupIds, Resources.PROCESS_DEFINITION, definition.getKey(), STARTER_PERMISSIONS);
                grants.ensureAll(groupIds, Resources.PROCESS_INSTANCE, Authorization.ANY, List.of(Permissions.CREATE));
            }
        }
    }
}
