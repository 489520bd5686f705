package vn.phoihop.notifications;

import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import vn.phoihop.security.EngineAsSystem;

/**
 * Where opening a notification leads. A task is done long before its old notifications are read:
 * once it is finished (or gone), the notification leads to its record's page instead of to a
 * task page that no longer exists.
 */
@Component
class NotificationTarget {

    static final String TASK_PAGE = "/tasks/";
    static final String INSTANCE_PAGE = "/instances/";

    private final TaskService taskService;
    private final EngineAsSystem engineAsSystem;

    NotificationTarget(TaskService taskService, EngineAsSystem engineAsSystem) {
        this.taskService = taskService;
        this.engineAsSystem = engineAsSystem;
    }

    /** The page to open; null when there is none left (a finished task outside any process). */
    String of(Notification notification) {
        if (!notification.getLink().startsWith(TASK_PAGE) || taskIsOpen(notification.getTaskId())) {
            return notification.getLink();
        }
        return notification.getProcessInstanceId() == null ? null : INSTANCE_PAGE + notification.getProcessInstanceId();
    }

    /** Whether the task still exists, whoever holds it now: its page says who does. */
    private boolean taskIsOpen(String taskId) {
        return engineAsSystem.call(() -> taskService.createTaskQuery().taskId(taskId).count()) > 0;
    }
}
