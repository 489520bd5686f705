package vn.phoihop.instances;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Service;
import vn.phoihop.attachments.AttachmentInfo;
import vn.phoihop.attachments.AttachmentService;
import vn.phoihop.security.EngineAsSystem;

/**
 * The story of an instance, oldest first: who started it, each task created, claimed or assigned,
 * completed, every comment and attachment, and the end. Built from Camunda's history (level full)
 * and our attachment table. Callers check {@link InstanceAccess} first.
 */
@Service
public class InstanceHistory {

    private final HistoryService historyService;
    private final EngineAsSystem engine;
    private final UserNames userNames;
    private final InstanceComments comments;
    private final AttachmentService attachments;
    private final StepOutcomes outcomes;

    InstanceHistory(HistoryService historyService, EngineAsSystem engine, UserNames userNames,
                    InstanceComments comments, AttachmentService attachments, StepOutcomes outcomes) {
        this.historyService = historyService;
        this.engine = engine;
        this.userNames = userNames;
        this.comments = comments;
        this.attachments = attachments;
        this.outcomes = outcomes;
    }

    public List<TimelineEntry> timeline(String processInstanceId) {
        List<Event> events = engine.call(() -> engineEvents(processInstanceId));
        List<AttachmentInfo> files = attachments.list(processInstanceId);
        files.forEach(file -> events.add(new Event(Date.from(file.uploadedAt()), "history.attachmentAdded",
                file.uploadedBy(), file.fileName())));
        Map<String, String> names = userNames.of(events.stream().map(Event::userId).toList());

        List<TimelineEntry> timeline = new ArrayList<>(events.stream()
                .sorted(Comparator.comparing(Event::time)) // stable: same-millisecond events keep their causal order
                .map(e -> new TimelineEntry(VietnamTime.of(e.time()), e.messageCode(),
                        e.userId() == null ? "" : names.get(e.userId()), e.detail()))
                .toList());
        // comments come with display names already
        comments.list(processInstanceId).forEach(c -> timeline.add(
                new TimelineEntry(c.time(), "history.commentAdded", c.authorName(), c.message())));
        timeline.sort(Comparator.comparing(TimelineEntry::time));
        return timeline;
    }

    private List<Event> engineEvents(String processInstanceId) {
        List<Event> events = new ArrayList<>();
        HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (instance == null) {
            return events;
        }
        events.add(new Event(instance.getStartTime(), "history.started", instance.getStartUserId(),
                instance.getProcessDefinitionName()));

        Map<String, List<UserOperationLogEntry>> operationsByTask = historyService.createUserOperationLogQuery()
                .processInstanceId(processInstanceId).entityType("Task").list().stream()
                .filter(entry -> entry.getTaskId() != null)
                .collect(Collectors.groupingBy(UserOperationLogEntry::getTaskId));

        List<HistoricTaskInstance> tasks = historyService.createHistoricTaskInstanceQuery()
                .processInstanceId(processInstanceId).orderByHistoricActivityInstanceStartTime().asc().list();
        // "Hoàn thành công việc" says what was done; the step's decision says how it went
        Map<String, String> decided = outcomes.of(processInstanceId, tasks);
        for (HistoricTaskInstance task : tasks) {
            String completed = decided.containsKey(task.getId()) ? task.getName() + " – " + decided.get(task.getId()) : task.getName();
            events.add(new Event(task.getStartTime(), "history.taskCreated", null, task.getName()));
            List<UserOperationLogEntry> operations = operationsByTask.getOrDefault(task.getId(), List.of());
            boolean completionLogged = false;
            Set<String> seenOperations = new HashSet<>();
            for (UserOperationLogEntry op : operations.stream()
                    .sorted(Comparator.comparing(UserOperationLogEntry::getTimestamp)).toList()) {
                // one operation writes one entry per changed property; show each operation once
                boolean assigneeChange = "assignee".equals(op.getProperty());
                switch (op.getOperationType()) {
                    case UserOperationLogEntry.OPERATION_TYPE_CLAIM -> {
                        if (assigneeChange && op.getNewValue() != null) {
                            events.add(new Event(op.getTimestamp(), "history.taskClaimed", op.getNewValue(), task.getName()));
                        }
                    }
                    case UserOperationLogEntry.OPERATION_TYPE_ASSIGN, UserOperationLogEntry.OPERATION_TYPE_SET_OWNER -> {
                        if (assigneeChange && op.getNewValue() != null) {
                            // the person the task went to is the one users look for
                            events.add(new Event(op.getTimestamp(), "history.taskAssigned", op.getNewValue(), task.getName()));
                        }
                    }
                    case UserOperationLogEntry.OPERATION_TYPE_COMPLETE -> {
                        if (seenOperations.add(op.getOperationId())) {
                            completionLogged = true;
                            events.add(new Event(op.getTimestamp(), "history.taskCompleted", op.getUserId(), completed));
                        }
                    }
                    default -> { }
                }
            }
            // completed without an authenticated user (e.g. by a job): the assignee is the best we know
            if (!completionLogged && task.getEndTime() != null && "completed".equals(task.getDeleteReason())) {
                events.add(new Event(task.getEndTime(), "history.taskCompleted", task.getAssignee(), completed));
            }
        }
        if (instance.getEndTime() != null) {
            events.add(new Event(instance.getEndTime(), "history.ended", null, instance.getProcessDefinitionName()));
        }
        return events;
    }

    private record Event(Date time, String messageCode, String userId, String detail) {
        Event {
            Objects.requireNonNull(time);
            detail = detail == null ? "" : detail;
        }
    }
}
