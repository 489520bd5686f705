package vn.phoihop.tasks;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
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
    private final RepositoryService repositoryService;
    private final EngineAsSystem engineAsSystem;
    private final TaskRowDetails details;
    private final TaskListDatabase database;

    TaskListQuery(TaskService taskService, RepositoryService repositoryService, EngineAsSystem engineAsSystem,
                  TaskRowDetails details, TaskListDatabase database) {
        this.database = database;
        this.engineAsSystem = engineAsSystem;
        this.taskService = taskService;
        this.repositoryService = repositoryService;
        this.details = details;
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
            List<Task> tasks = sql(user, filter).list(taskService, filter,
                    filter.firstResult(), TaskFilter.PAGE_SIZE + 1);
            boolean hasNext = tasks.size() > TaskFilter.PAGE_SIZE;
            return new Page(rows(hasNext ? tasks.subList(0, TaskFilter.PAGE_SIZE) : tasks), hasNext);
        });
    }

    /** The first rows the filter gives, for a short list elsewhere than the task list (the home page). */
    List<TaskRow> first(PortalUser user, TaskFilter filter, int limit) {
        return engineAsSystem.call(() -> rows(sql(user, filter).list(taskService, filter, 0, limit)));
    }

    /** Open tasks offered to the groups, whoever holds them, soonest due first. */
    List<TaskRow> offeredTo(List<String> groupIds, int limit) {
        TaskFilter byDue = TaskFilter.of(null, null, null, null, "due", "asc", null);
        return engineAsSystem.call(() -> rows(TaskListSql.offeredTo(groupIds).list(taskService, byDue, 0, limit)));
    }

    long countOfferedTo(List<String> groupIds) {
        return engineAsSystem.call(() -> TaskListSql.offeredTo(groupIds).countUpToLimit(taskService));
    }

    /**
     * How many tasks the filter matches (without the authorization join, see {@link #page}), up to
     * {@link TaskListSql#COUNT_LIMIT} and one more: nothing counts a million open tasks one by one.
     */
    long countUpToLimit(PortalUser user, TaskFilter filter) {
        return engineAsSystem.call(() -> sql(user, filter).countUpToLimit(taskService));
    }

    /**
     * How many tasks each view and each due filter would show, with the other choices kept, each
     * up to {@link TaskListSql#COUNT_LIMIT} and one more. The page asks for them separately
     * ({@code /tasks/counts}) so that the list itself shows without waiting for them.
     */
    Map<String, Long> counts(PortalUser user, TaskFilter filter) {
        return engineAsSystem.call(() -> countsOf(user, filter));
    }

    private Map<String, Long> countsOf(PortalUser user, TaskFilter filter) {
        Map<String, Long> counts = new HashMap<>();
        TaskListSql.Shape shape = shapeFor(filter);
        for (TaskFilter.View view : TaskFilter.View.values()) {
            counts.put(view.name(), TaskListSql.of(user, filter.withView(view).withDue(TaskFilter.Due.ANY), shape)
                    .countUpToLimit(taskService));
        }
        for (TaskFilter.Due due : List.of(TaskFilter.Due.OVERDUE, TaskFilter.Due.WEEK)) {
            counts.put(due.name(), TaskListSql.of(user, filter.withDue(due), shape).countUpToLimit(taskService));
        }
        return counts;
    }

    private TaskListSql sql(PortalUser user, TaskFilter filter) {
        return TaskListSql.of(user, filter, shapeFor(filter));
    }

    /**
     * The shape of the filter's queries: the search through the indexes only for a text they
     * narrow down (three letters or more, and rare). Called within the engine command that runs
     * them: the setting is the transaction's.
     */
    private TaskListSql.Shape shapeFor(TaskFilter filter) {
        TaskListSql.Shape shape = database.shape();
        if (!shape.indexedSearch()) {
            return shape;
        }
        boolean indexed = false;
        if (TaskListSql.hasTrigram(filter.text())) {
            database.searchWithoutParallelWorkers();
            indexed = database.fewMatch(filter.text());
        }
        return new TaskListSql.Shape(shape.splitViews(), indexed);
    }

    private List<TaskRow> rows(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Map<String, InstanceRecords.Record> records = details.records(
                tasks.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<String, String> substitutedFor = details.substitutedFor(tasks.stream().map(Task::getId).toList());
        Map<String, String> processNames = processNames(tasks);
        Date now = ClockUtil.getCurrentTime();
        return tasks.stream().map(task -> {
            // a task created on its own (Camunda's task/create) belongs to no instance
            InstanceRecords.Record record = task.getProcessInstanceId() == null ? InstanceRecords.Record.NONE
                    : records.getOrDefault(task.getProcessInstanceId(), InstanceRecords.Record.NONE);
            return new TaskRow(task.getId(), task.getName(), processNames.get(task.getProcessDefinitionId()),
                    record.title(), record.businessKey(), task.getDueDate(), task.getCreateTime(), task.getPriority(),
                    task.getAssignee(), task.getDueDate() != null && task.getDueDate().before(now),
                    substitutedFor.get(task.getId()));
        }).toList();
    }

    /** From the engine's deployment cache: no query once a definition was used. */
    private Map<String, String> processNames(List<Task> tasks) {
        Map<String, String> names = new HashMap<>();
        tasks.stream().map(Task::getProcessDefinitionId).filter(Objects::nonNull).distinct().forEach(id -> {
            ProcessDefinition definition = repositoryService.getProcessDefinition(id);
            names.put(id, definition.getName() != null ? definition.getName() : definition.getKey());
        });
        return names;
    }
}
