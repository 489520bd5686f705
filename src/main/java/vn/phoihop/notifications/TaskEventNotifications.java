package vn.phoihop.notifications;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Notifies on Camunda's task events (Spring eventing bridge, in the engine transaction): the
 * assignee when a task is created for or assigned to them, every member of the candidate groups
 * when a task is created for a group. Ordered after the substitutes, so the person told is the
 * one who ends up holding the task.
 */
@Component
class TaskEventNotifications {

    static final int ORDER = 100;

    private final NotificationWriter writer;
    private final TaskRecipients recipients;

    TaskEventNotifications(NotificationWriter writer, TaskRecipients recipients) {
        this.writer = writer;
        this.recipients = recipients;
    }

    @EventListener
    @Order(ORDER)
    void onTaskEvent(DelegateTask task) {
        String event = task.getEventName();
        boolean created = TaskListener.EVENTNAME_CREATE.equals(event);
        if (!created && !TaskListener.EVENTNAME_ASSIGNMENT.equals(event)) {
            return;
        }
        TaskRef ref = TaskRef.of(task);
        if (task.getAssignee() != null) {
            writer.notify(task.getAssignee(), NotificationKind.TASK_ASSIGNED, ref);
        }
        if (created) {
            List<String> groups = task.getCandidates().stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                    .map(link -> link.getGroupId()).distinct().toList();
            recipients.membersOf(groups).forEach(member -> writer.notify(member, NotificationKind.GROUP_TASK_CREATED, ref));
        }
    }
}
