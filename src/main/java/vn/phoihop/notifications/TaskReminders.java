package vn.phoihop.notifications;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.phoihop.security.EngineAsSystem;
import vn.phoihop.tasks.InstanceRecords;

/**
 * Reminders that a process model asks for (a BPMN timer before a deadline): the people a still
 * open task concerns are told once per task, in the app and by e-mail when SMTP is set.
 */
@Component
public class TaskReminders {

    private final TaskService taskService;
    private final TaskRecipients recipients;
    private final NotificationWriter writer;
    private final EngineAsSystem engineAsSystem;
    private final InstanceRecords records;

    TaskReminders(TaskService taskService, TaskRecipients recipients, NotificationWriter writer, EngineAsSystem engineAsSystem,
                  InstanceRecords records) {
        this.taskService = taskService;
        this.recipients = recipients;
        this.writer = writer;
        this.engineAsSystem = engineAsSystem;
        this.records = records;
    }

    /** Answers how many people were reminded about the open tasks of that step in that instance. */
    public int remindOpenTasks(String processInstanceId, String taskDefinitionKey) {
        return remind(processInstanceId, engineAsSystem.call(() -> taskService.createTaskQuery()
                .processInstanceId(processInstanceId).taskDefinitionKey(taskDefinitionKey).active().list()));
    }

    /** The same for one task, where a step has several open at once (one per monthly round). */
    public int remindTask(String taskId) {
        Task task = engineAsSystem.call(() -> taskService.createTaskQuery().taskId(taskId).active().singleResult());
        return task == null ? 0 : remind(task.getProcessInstanceId(), List.of(task));
    }

    /**
     * The same for the open tasks of a step that runs once per branch of a multi-instance (one per
     * organisation, per action …): only those whose branch has the variable at that value.
     */
    public int remindBranchTasks(String processInstanceId, String taskDefinitionKey, String variable, Object value) {
        return remind(processInstanceId, engineAsSystem.call(() -> taskService.createTaskQuery()
                .processInstanceId(processInstanceId).taskDefinitionKey(taskDefinitionKey).active().list().stream()
                .filter(task -> value.equals(taskService.getVariable(task.getId(), variable))).toList()));
    }

    private int remind(String processInstanceId, List<Task> tasks) {
        int reminded = 0;
        InstanceRecords.Record record = records.of(List.of(processInstanceId)).get(processInstanceId);
        String label = record == null ? null : record.label();
        for (Task task : tasks) {
            for (String recipient : recipients.of(task)) {
                reminded += writer.notify(recipient, NotificationKind.TASK_REMINDER, TaskRef.of(task, label)) ? 1 : 0;
            }
        }
        return reminded;
    }
}
