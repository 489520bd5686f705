package vn.phoihop.tasks;

import org.springframework.stereotype.Service;
import vn.phoihop.security.PortalUser;

/** The number of tasks waiting for a user: assigned to them, or unclaimed in one of their groups. */
@Service
public class OpenTasks {

    private final TaskListQuery taskListQuery;

    OpenTasks(TaskListQuery taskListQuery) {
        this.taskListQuery = taskListQuery;
    }

    public long count(PortalUser user) {
        return taskListQuery.count(user, TaskFilter.everything());
    }
}
