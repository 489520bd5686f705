package vn.phoihop.tasks;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import vn.phoihop.security.EngineAsSystem;
import vn.phoihop.security.PortalUser;

/** Tasks waiting for a user: how many, and which one a record's page should link to. */
@Service
public class OpenTasks {

    private final TaskListQuery taskListQuery;
    private final TaskAccess access;
    private final TaskService taskService;
    private final EngineAsSystem engine;

    OpenTasks(TaskListQuery taskListQuery, TaskAccess access, TaskService taskService, EngineAsSystem engine) {
        this.taskListQuery = taskListQuery;
        this.access = access;
        this.taskService = taskService;
        this.engine = engine;
    }

    public TaskCount count(PortalUser user) {
        return new TaskCount(taskListQuery.countUpToLimit(user, TaskFilter.everything()));
    }

    public TaskCount overdueCount(PortalUser user) {
        return new TaskCount(taskListQuery.countUpToLimit(user, TaskFilter.everything().withDue(TaskFilter.Due.OVERDUE)));
    }

    /** The user's own and their groups' unclaimed tasks, overdue first, then by due date, those without one last. */
    public List<TaskRow> soonestDue(PortalUser user, int limit) {
        return taskListQuery.first(user, TaskFilter.of(null, null, null, null, "due", "asc", null), limit);
    }

    /** Open tasks offered to any of the groups, also those a colleague already took, soonest due first. */
    public List<TaskRow> offeredTo(List<String> groupIds, int limit) {
        return groupIds.isEmpty() ? List.of() : taskListQuery.offeredTo(groupIds, limit);
    }

    public TaskCount countOfferedTo(List<String> groupIds) {
        return new TaskCount(groupIds.isEmpty() ? 0 : taskListQuery.countOfferedTo(groupIds));
    }

    /** An open task of the instance that the task page would show this user, oldest first; empty when the instance ended. */
    public Optional<String> visibleTaskOf(PortalUser user, String processInstanceId) {
        return engine.call(() -> taskService.createTaskQuery().processInstanceId(processInstanceId).active()
                        .orderByTaskCreateTime().asc().list()).stream()
                .filter(task -> access.mayView(user, task))
                .map(Task::getId).findFirst();
    }
}
