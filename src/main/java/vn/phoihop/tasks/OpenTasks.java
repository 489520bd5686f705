package vn.phoihop.tasks;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import vn.phoihop.security.PortalUser;

/** The tasks waiting for a user: assigned to them, or unclaimed in one of their groups. */
@Service
public class OpenTasks {

    private final TaskService taskService;

    OpenTasks(TaskService taskService) {
        this.taskService = taskService;
    }

    public long count(PortalUser user) {
        return query(user).count();
    }

    TaskQuery query(PortalUser user) {
        TaskQuery query = taskService.createTaskQuery().active();
        if (user.groupIds().isEmpty()) {
            return query.taskAssignee(user.id());
        }
        return query.or().taskAssignee(user.id()).taskCandidateGroupIn(user.groupIds()).endOr();
    }
}
