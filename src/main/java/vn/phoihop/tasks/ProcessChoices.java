package vn.phoihop.tasks;

import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Component;
import vn.phoihop.security.EngineAsSystem;

/**
 * The processes the task list's filter offers: key and name of each latest definition. Camunda's
 * latest-version query groups every deployed version and took about 2 ms of each list page, for
 * an answer that changes only when someone deploys; so it is kept until the number of definitions
 * changes, which a count tells on every node at once after a deployment made on any of them. Read
 * as the system: the list is the same for everyone (what a user may start is another question).
 */
@Component
class ProcessChoices {

    /** One entry of the filter. */
    record Choice(String key, String name) {
    }

    private final RepositoryService repositoryService;
    private final EngineAsSystem engineAsSystem;
    private volatile List<Choice> choices;
    /** How many definitions there were when the choices were read: a deployment on any node changes it. */
    private volatile long readWithDefinitions = -1;

    ProcessChoices(RepositoryService repositoryService, EngineAsSystem engineAsSystem) {
        this.repositoryService = repositoryService;
        this.engineAsSystem = engineAsSystem;
    }

    List<Choice> latest() {
        return engineAsSystem.call(this::readIfDeployed);
    }

    private List<Choice> readIfDeployed() {
        List<Choice> current = choices;
        long definitions = repositoryService.createProcessDefinitionQuery().count();
        if (current == null || definitions != readWithDefinitions) {
            current = repositoryService.createProcessDefinitionQuery().latestVersion()
                    .orderByProcessDefinitionName().asc().list().stream()
                    .map(definition -> new Choice(definition.getKey(),
                            definition.getName() != null ? definition.getName() : definition.getKey()))
                    .toList();
            choices = current;
            readWithDefinitions = definitions;
        }
        return current;
    }
}
