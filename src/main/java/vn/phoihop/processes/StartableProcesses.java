package vn.phoihop.processes;

import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;
import vn.phoihop.security.EngineAsSystem;
import vn.phoihop.security.PortalUser;

/** The latest, active process definitions whose starter groups ({@link StarterGroups}) include one of the user's groups. */
@Service
public class StartableProcesses {

    private final RepositoryService repositoryService;
    private final StarterGroups starterGroups;
    private final EngineAsSystem engineAsSystem;

    StartableProcesses(RepositoryService repositoryService, StarterGroups starterGroups, EngineAsSystem engineAsSystem) {
        this.repositoryService = repositoryService;
        this.starterGroups = starterGroups;
        this.engineAsSystem = engineAsSystem;
    }

    public List<ProcessDefinition> of(PortalUser user) {
        return engineAsSystem.call(() -> repositoryService.createProcessDefinitionQuery()
                .latestVersion().active().orderByProcessDefinitionName().asc().list()).stream()
                .filter(definition -> starterGroups.includeAny(definition.getId(), user.groupIds()))
                .toList();
    }

    /** The definition, or {@link ProcessNotStartableException} when the user may not start it. */
    ProcessDefinition find(PortalUser user, String processKey) {
        ProcessDefinition latest = engineAsSystem.call(() -> repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(processKey).latestVersion().singleResult());
        if (latest == null || latest.isSuspended() || !starterGroups.includeAny(latest.getId(), user.groupIds())) {
            throw new ProcessNotStartableException();
        }
        return latest;
    }
}
