package vn.phoihop.notifications;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;

/** The few facts about a task a notification keeps; the title falls back so that it is never empty. */
record TaskRef(String taskId, String processInstanceId, String title) {

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
