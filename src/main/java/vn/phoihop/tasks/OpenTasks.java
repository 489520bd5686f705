package vn.phoihop.tasks;

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

    public long count(PortalUser user) {
        return taskListQuery.count(user, TaskFilter.everything());
    }

    /** An open task of the instance that the task page would show this user, oldest first; empty when the instance ended. */
    public Optional<String> visibleTaskOf(PortalUser user, String processInstanceId) {
        return engine.call(() -> taskService.createTaskQuery().processInstanceId(processInstanceId).active()
                        .orderByTaskCreateTime().asc().list()).stream()
                .filter(task -> access.mayView(user, task))
                .map(Task::getId).findFirst();
    }
}
