package vn.phoihop.tasks;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.springframework.stereotype.Service;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.security.PortalUser;
import vn.phoihop.security.Colleagues;
import vn.phoihop.security.Colleague;

/**
 * Claim, unclaim, assign and reschedule. Each action re-reads the task, so a stale page meets
 * the current state and gets a {@link TaskConflictException} that says what changed.
 */
@Service
class TaskActions {


    private final TaskService taskService;
    private final Colleagues colleagues;
    private final TaskAccess access;
    private final Set<String> dueDateEditors;

    TaskActions(TaskService taskService, Colleagues colleagues, TaskAccess access,
                TaskProperties properties) {
        this.taskService = taskService;
        this.colleagues = colleagues;
        this.access = access;
        this.dueDateEditors = properties.dueDateEditors();
    }

    void claim(PortalUser user, String taskId) {
        Task task = access.visibleTask(user, taskId);
        if (user.id().equals(task.getAssignee())) {
            return;
        }
        if (task.getAssignee() != null) {
            throw new TaskConflictException("task.conflict.claimedByOther");
        }
        if (!access.isCandidate(user, taskId)) {
            throw new TaskNotFoundException();
        }
        try {
            taskService.claim(taskId, user.id());
        } catch (TaskAlreadyClaimedException e) {
            throw new TaskConflictException("task.conflict.claimedByOther");
        } catch (NullValueException e) {
            throw new TaskConflictException("task.conflict.gone");
        }
    }

    void unclaim(PortalUser user, String taskId) {
        Task task = access.visibleTask(user, taskId);
        if (!user.id().equals(task.getAssignee()) && !user.isMemberOf(Groups.CAMUNDA_ADMIN)) {
            throw new TaskConflictException("task.conflict.notYours");
        }
        taskService.setAssignee(taskId, null);
    }

    /** Hands the task to a colleague who is a member of one of its candidate groups. */
    void assign(PortalUser user, String taskId, String assigneeId) {
        Task task = access.visibleTask(user, taskId);
        boolean mayHandOver = user.id().equals(task.getAssignee()) || user.isMemberOf(Groups.CAMUNDA_ADMIN)
                || (task.getAssignee() == null && access.isCandidate(user, taskId));
        if (!mayHandOver) {
            throw new TaskConflictException("task.conflict.notYours");
        }
        if (assigneeId == null || assigneeId.isBlank() || colleagues(taskId).stream().noneMatch(c -> c.id().equals(assigneeId))) {
            throw new TaskConflictException("task.assign.notColleague");
        }
        taskService.setAssignee(taskId, assigneeId);
    }

    /** Members of the task's candidate groups: the people it may be handed to. */
    List<Colleague> colleagues(String taskId) {
        return colleagues.inGroups(access.candidateGroups(taskId));
    }

    boolean mayEditDueDate(PortalUser user) {
        return user.isMemberOf(Groups.CAMUNDA_ADMIN) || user.groupIds().stream().anyMatch(dueDateEditors::contains);
    }

    void reschedule(PortalUser user, String taskId, LocalDate due, LocalDate followUp) {
        Task task = access.visibleTask(user, taskId);
        if (!user.id().equals(task.getAssignee()) && !user.isMemberOf(Groups.CAMUNDA_ADMIN)) {
            throw new TaskConflictException("task.conflict.notYours");
        }
        if (due != null && !mayEditDueDate(user)) {
            throw new TaskConflictException("task.dates.dueNotAllowed");
        }
        if (due != null) {
            task.setDueDate(endOfDay(due));
        }
        task.setFollowUpDate(followUp == null ? null : endOfDay(followUp));
        taskService.saveTask(task);
    }

    private static Date endOfDay(LocalDate day) {
        return Date.from(day.atTime(23, 59).atZone(ProvinceClock.ZONE).toInstant());
    }
}
