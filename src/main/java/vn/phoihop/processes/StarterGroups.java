package vn.phoihop.processes;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;
import vn.phoihop.security.EngineAsSystem;

/**
 * Who may start a process definition: the groups its model names in
 * {@code camunda:candidateStarterGroups}, with role names ({@link ProcessRoles}) expanded. The
 * model's names are read once per definition (a deployed definition never changes); the roles
 * are expanded each time, as the organisation tree may have grown.
 */
@Component
class StarterGroups {

    private final RepositoryService repositoryService;
    private final ProcessRoles roles;
    private final EngineAsSystem engineAsSystem;
    private final Map<String, List<String>> namesByDefinition = new ConcurrentHashMap<>();

    StarterGroups(RepositoryService repositoryService, ProcessRoles roles, EngineAsSystem engineAsSystem) {
        this.repositoryService = repositoryService;
        this.roles = roles;
        this.engineAsSystem = engineAsSystem;
    }

    Set<String> of(String processDefinitionId) {
        return roles.groupsOf(names(processDefinitionId));
    }

    /** The same without the groups a role names by type (the unit groups): the named groups and the organisations'. */
    Set<String> ofOrganizations(String processDefinitionId) {
        return roles.groupsOf(names(processDefinitionId), false);
    }

    /** Whether one of the groups may start the definition, without listing every group that may. */
    boolean includeAny(String processDefinitionId, Collection<String> groupIds) {
        return roles.includesAny(names(processDefinitionId), groupIds);
    }

    boolean includeGroupType(String processDefinitionId, String groupType) {
        return roles.includeGroupType(names(processDefinitionId), groupType);
    }

    private List<String> names(String processDefinitionId) {
        return namesByDefinition.computeIfAbsent(processDefinitionId, id ->
                engineAsSystem.call(() -> repositoryService.getIdentityLinksForProcessDefinition(id)).stream()
                        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                        .map(IdentityLink::getGroupId).toList());
    }
}
