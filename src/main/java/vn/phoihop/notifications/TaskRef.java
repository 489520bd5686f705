package vn.phoihop.notifications;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import vn.phoihop.tasks.RecordTitle;

/**
 * The few facts about what a notification concerns; the title falls back so that it is never
 * empty. Mostly a task; a record's outcome ({@link RecordNotifications}) has a key of its own in
 * {@code taskId}, which keeps the one-notification-per-subject rule, and its page in {@code path}.
 *
 * @param path          the portal page to open, e.g. {@code /tasks/42}
 * @param record        the record it concerns, "KT-2026-0003 – Khen thưởng …" ({@link RecordTitle#label}); may be null
 * @param outcome       for a record's outcome, which one; otherwise null
 * @param outcomeDetail what the outcome's message names, e.g. the decision number; may be null
 */
record TaskRef(String taskId, String processInstanceId, String title, String path, String record,
               RecordOutcome outcome, String outcomeDetail) {

    private static final int MAX = 255;
    private static final String RECORD_KEY = "record:";

    /**
     * A task being created or assigned, inside the engine's command: the business key and title
     * come from the execution in memory, as the rows of a just started instance are not written yet.
     */
    static TaskRef of(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        String record = execution == null ? null : RecordTitle.label(execution.getProcessBusinessKey(),
                text(execution.getProcessInstance().getVariable(RecordTitle.VARIABLE)));
        return task(task.getId(), task.getProcessInstanceId(), task.getName(), task.getTaskDefinitionKey(), record);
    }

    /** A task read from the engine, and its record's label read with it ({@code vn.phoihop.tasks.InstanceRecords}). */
    static TaskRef of(Task task, String record) {
        return task(task.getId(), task.getProcessInstanceId(), task.getName(), task.getTaskDefinitionKey(), record);
    }

    static TaskRef outcome(String recordKey, String processInstanceId, String title, String path,
                           RecordOutcome outcome, String outcomeDetail) {
        return new TaskRef(RECORD_KEY + recordKey, processInstanceId, shorten(title), path,
                RecordTitle.label(recordKey, title), outcome, outcomeDetail == null ? null : shorten(outcomeDetail));
    }

    /** What an e-mail names: the task and its record, or the record of an outcome. */
    String subject() {
        return record == null ? title : taskId.startsWith(RECORD_KEY) ? record : title + " – " + record;
    }

    private static TaskRef task(String id, String processInstanceId, String name, String key, String record) {
        String title = name != null && !name.isBlank() ? name : key != null ? key : id;
        return new TaskRef(id, processInstanceId, shorten(title), "/tasks/" + id, record, null, null);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String shorten(String text) {
        return text.length() > MAX ? text.substring(0, MAX) : text;
    }
}
