package vn.phoihop.notifications;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;

/**
 * The few facts about what a notification concerns; the title falls back so that it is never
 * empty. Mostly a task; a record's outcome ({@link RecordNotifications}) has a key of its own in
 * {@code taskId}, which keeps the one-notification-per-subject rule, and its page in {@code path}.
 *
 * @param path the portal page to open, e.g. {@code /tasks/42}
 */
record TaskRef(String taskId, String processInstanceId, String title, String path) {

    TaskRef(String taskId, String processInstanceId, String title) {
        this(taskId, processInstanceId, title, "/tasks/" + taskId);
    }

    static TaskRef of(DelegateTask task) {
        return new TaskRef(task.getId(), task.getProcessInstanceId(), titleOf(task.getName(), task.getTaskDefinitionKey(), task.getId()));
    }

    static TaskRef of(Task task) {
        return new TaskRef(task.getId(), task.getProcessInstanceId(), titleOf(task.getName(), task.getTaskDefinitionKey(), task.getId()));
    }

    private static String titleOf(String name, String key, String id) {
        String title = name != null && !name.isBlank() ? name : key != null ? key : id;
        return title.length() > 255 ? title.substring(0, 255) : title;
    }
}
