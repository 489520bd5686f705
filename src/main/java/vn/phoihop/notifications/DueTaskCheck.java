package vn.phoihop.notifications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.security.EngineAsSystem;
import vn.phoihop.tasks.InstanceRecords;

/**
 * Tells people about tasks due by the end of tomorrow and about overdue ones. Runs on every node;
 * the unique key of the notification table makes a second run (or a second node) a no-op, so no
 * cluster lock is needed.
 */
@Component
class DueTaskCheck {

    private static final Logger log = LoggerFactory.getLogger(DueTaskCheck.class);
    private static final int PAGE = 500;

    private final TaskService taskService;
    private final EngineAsSystem engineAsSystem;
    private final TaskRecipients recipients;
    private final NotificationWriter writer;
    private final InstanceRecords records;

    DueTaskCheck(TaskService taskService, EngineAsSystem engineAsSystem, TaskRecipients recipients, NotificationWriter writer,
                 InstanceRecords records) {
        this.taskService = taskService;
        this.engineAsSystem = engineAsSystem;
        this.recipients = recipients;
        this.writer = writer;
        this.records = records;
    }

    /** Scheduled by {@link NotificationsConfig}; a failure waits for the next run. */
    void scheduled() {
        try {
            int created = run();
            if (created > 0) {
                log.info("Due check: {} notifications created", created);
            }
        } catch (RuntimeException e) {
            log.warn("Due check failed, next run retries", e);
        }
    }

    /** Answers how many notifications were new. */
    int run() {
        Instant now = ProvinceClock.now();
        LocalDate today = ProvinceClock.today();
        Date endOfTomorrow = Date.from(today.plusDays(2).atStartOfDay(ProvinceClock.ZONE).toInstant());
        int created = 0;
        for (int first = 0; ; first += PAGE) {
            int offset = first;
            // The system's view: every task, not one user's (the scheduler thread has no user anyway).
            List<Task> tasks = engineAsSystem.call(() -> taskService.createTaskQuery().active()
                    .dueBefore(endOfTomorrow).orderByTaskId().asc().listPage(offset, PAGE));
            Map<String, InstanceRecords.Record> recordsOfPage = records.of(tasks.stream()
                    .map(Task::getProcessInstanceId).filter(Objects::nonNull).collect(Collectors.toSet()));
            for (Task task : tasks) {
                NotificationKind kind = task.getDueDate().toInstant().isBefore(now) ? NotificationKind.TASK_OVERDUE : NotificationKind.TASK_DUE_TOMORROW;
                InstanceRecords.Record record = recordsOfPage.get(task.getProcessInstanceId());
                TaskRef ref = TaskRef.of(task, record == null ? null : record.label());
                for (String recipient : recipients.of(task)) {
                    created += writer.notify(recipient, kind, ref) ? 1 : 0;
                }
            }
            if (tasks.size() < PAGE) {
                return created;
            }
        }
    }
}
