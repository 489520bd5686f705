package vn.phoihop.processes;

import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Permission;
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

    /** Communes imported at run time take part in the roles of their kinds (process-roles.yaml) at once. */
    @EventListener
    void organizationsImported(OrganizationsImported imported) {
        grantForLatestDefinitions();
    }

    /** Also to be called after a redeployment. */
    public void grantForLatestDefinitions() {
        for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
            for (String group : starterGroups.of(definition.getId())) {
                grants.ensure(group, Resources.PROCESS_DEFINITION, definition.getKey(), STARTER_PERMISSIONS);
            }
        }
    }
}
