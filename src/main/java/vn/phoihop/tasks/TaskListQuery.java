package vn.phoihop.tasks;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import vn.phoihop.security.EngineAsSystem;
import vn.phoihop.substitutes.SubstitutionQueries;
import vn.phoihop.security.PortalUser;

/** Turns a {@link TaskFilter} into engine queries for one user: the page of rows and the counts per filter. */
@Service
class TaskListQuery {

    static final String SUBSTITUTED_FOR = SubstitutionQueries.SUBSTITUTED_FOR;

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final EngineAsSystem engineAsSystem;

    TaskListQuery(TaskService taskService, RuntimeService runtimeService, RepositoryService repositoryService,
                  EngineAsSystem engineAsSystem) {
        this.engineAsSystem = engineAsSystem;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
    }

    /** One page of rows, and whether another follows (one row more is read to know it, instead of counting). */
    record Page(List<TaskRow> rows, boolean hasNext) {
    }

    /*
     * Every query here is scoped to the user by its own conditions (assignee, candidate groups,
     * substitute), so it runs without Camunda's per-task authorization join, which grows with the
     * number of open tasks and added most of the page's time at 10,000 tasks. The titles and keys
     * of the records come with the tasks, although Camunda would want READ on the whole instance.
     */
    Page page(PortalUser user, TaskFilter filter) {
        return engineAsSystem.call(() -> {
            List<Task> tasks = TaskListSql.of(user, filter).list(taskService, filter)
                    .listPage(filter.firstResult(), TaskFilter.PAGE_SIZE + 1);
            boolean hasNext = tasks.size() > TaskFilter.PAGE_SIZE;
            return new Page(rows(hasNext ? tasks.subList(0, TaskFilter.PAGE_SIZE) : tasks), hasNext);
        });
    }

    /** How many tasks the filter matches (without the authorization join, see {@link #page}). */
    long count(PortalUser user, TaskFilter filter) {
        return engineAsSystem.call(() -> TaskListSql.of(user, filter).count(taskService).count());
    }

    /**
     * How many tasks each view and each due filter would show, with the other choices kept. Six
     * counts over every open task of the user's groups: the page asks for them separately
     * ({@code /tasks/counts}) so that the list itself shows without waiting for them.
     */
    Map<String, Long> counts(PortalUser user, TaskFilter filter) {
        return engineAsSystem.call(() -> countsOf(user, filter));
    }

    private Map<String, Long> countsOf(PortalUser user, TaskFilter filter) {
        Map<String, Long> counts = new HashMap<>();
        for (TaskFilter.View view : TaskFilter.View.values()) {
            counts.put(view.name(), count(user, filter.withView(view).withDue(TaskFilter.Due.ANY)));
        }
        for (TaskFilter.Due due : List.of(TaskFilter.Due.OVERDUE, TaskFilter.Due.WEEK)) {
            counts.put(due.name(), count(user, filter.withDue(due)));
        }
        return counts;
    }

    private List<TaskRow> rows(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Map<String, String> titles = recordTitles(tasks);
        Map<String, String> businessKeys = businessKeys(tasks);
        Map<String, String> processNames = processNames(tasks);
        Map<String, String> substitutedFor = substitutedFor(tasks);
        Date now = ClockUtil.getCurrentTime();
        return tasks.stream().map(task -> new TaskRow(task.getId(), task.getName(),
                processNames.get(task.getProcessDefinitionId()), titles.get(task.getProcessInstanceId()),
                businessKeys.get(task.getProcessInstanceId()), task.getDueDate(), task.getCreateTime(),
                task.getPriority(), task.getAssignee(), task.getDueDate() != null && task.getDueDate().before(now),
                substitutedFor.get(task.getId()))).toList();
    }

    private Map<String, String> recordTitles(List<Task> tasks) {
        String[] instanceIds = tasks.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new);
        return runtimeService.createVariableInstanceQuery()
                .processInstanceIdIn(instanceIds)
                .variableName(RecordTitle.VARIABLE)
                .disableBinaryFetching()
                .list().stream()
                .filter(variable -> variable.getValue() != null && variable.getTaskId() == null)
                .collect(Collectors.toMap(VariableInstance::getProcessInstanceId, v -> v.getValue().toString(), (a, b) -> a));
    }

    private Map<String, String> substitutedFor(List<Task> tasks) {
        String[] taskIds = tasks.stream().map(Task::getId).toArray(String[]::new);
        return runtimeService.createVariableInstanceQuery()
                .taskIdIn(taskIds)
                .variableName(SUBSTITUTED_FOR)
                .list().stream()
                .filter(variable -> variable.getValue() != null)
                .collect(Collectors.toMap(VariableInstance::getTaskId, v -> v.getValue().toString(), (a, b) -> a));
    }

    private Map<String, String> businessKeys(List<Task> tasks) {
        Set<String> instanceIds = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> keys = new HashMap<>();
        runtimeService.createProcessInstanceQuery().processInstanceIds(instanceIds).list()
                .forEach(instance -> {
                    if (instance.getBusinessKey() != null) {
                        keys.put(instance.getId(), instance.getBusinessKey());
                    }
                });
        return keys;
    }

    private Map<String, String> processNames(List<Task> tasks) {
        String[] definitionIds = tasks.stream().map(Task::getProcessDefinitionId).distinct().toArray(String[]::new);
        return repositoryService.createProcessDefinitionQuery().processDefinitionIdIn(definitionIds).list().stream()
                .collect(Collectors.toMap(ProcessDefinition::getId,
                        definition -> definition.getName() != null ? definition.getName() : definition.getKey()));
    }

}
