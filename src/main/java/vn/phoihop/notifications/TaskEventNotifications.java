package vn.phoihop.notifications;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Notifies on Camunda's task events (Spring eventing bridge, in the engine transaction): the
 * assignee when a task is created for or assigned to them, every member of the candidate groups
 * when a task is created for a group. Ordered after the substitutes, so the person told is the
 * one who ends up holding the task. Nobody is told about their own action: whoever claims a task,
 * or completes the step that creates the next one for their group, knows already.
 */
@Component
class TaskEventNotifications {

    static final int ORDER = 100;

    private final NotificationWriter writer;
    private final TaskRecipients recipients;
    private final IdentityService identityService;

    TaskEventNotifications(NotificationWriter writer, TaskRecipients recipients, IdentityService identityService) {
        this.writer = writer;
        this.recipients = recipients;
        this.identityService = identityService;
    }

    @EventListener
    @Order(ORDER)
    void onTaskEvent(DelegateTask task) {
        String event = task.getEventName();
        boolean created = TaskListener.EVENTNAME_CREATE.equals(event);
        if (!created && !TaskListener.EVENTNAME_ASSIGNMENT.equals(event)) {
            return;
        }
        // the user of the request (portal or REST) that caused the event; none for timers and jobs
        Authentication current = identityService.getCurrentAuthentication();
        String actor = current == null ? null : current.getUserId();
        TaskRef ref = TaskRef.of(task);
        if (task.getAssignee() != null && !task.getAssignee().equals(actor)) {
            writer.notify(task.getAssignee(), NotificationKind.TASK_ASSIGNED, ref);
        }
        if (created) {
            List<String> groups = task.getCandidates().stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                    .map(link -> link.getGroupId()).distinct().toList();
            recipients.membersOf(groups).stream().filter(member -> !member.equals(actor))
                    .forEach(member -> writer.notify(member, NotificationKind.GROUP_TASK_CREATED, ref));
        }
    }
}
