package vn.phoihop.tasks;

import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Component;

/**
 * The processes the task list's filter offers: key and name of each latest definition. Camunda's
 * latest-version query groups every deployed version and took about 2 ms of each list page, for
 * an answer that changes only when someone deploys; so it is kept for half a minute, and a newly
 * deployed process appears in the filter within that time.
 */
@Component
class ProcessChoices {

    /** One entry of the filter. */
    record Choice(String key, String name) {
    }

    private static final long KEEP_NANOS = 30_000_000_000L;

    private final RepositoryService repositoryService;
    private volatile List<Choice> choices;
    private volatile long readAt;

    ProcessChoices(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    List<Choice> latest() {
        List<Choice> current = choices;
        if (current == null || System.nanoTime() - readAt > KEEP_NANOS) {
            current = repositoryService.createProcessDefinitionQuery().latestVersion()
                    .orderByProcessDefinitionName().asc().list().stream()
                    .map(definition -> new Choice(definition.getKey(),
                            definition.getName() != null ? definition.getName() : definition.getKey()))
                    .toList();
            choices = current;
            readAt = System.nanoTime();
        }
        return current;
    }
}
