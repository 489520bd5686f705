package vn.phoihop.tasks;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import vn.phoihop.security.EngineAsSystem;
import vn.phoihop.security.PortalUser;

/**
 * Decides whether a user may see an open task: its assignee, a member of a candidate group, the
 * user a substitute works for, or an administrator. Camunda's own authorizations are broader
 * (a group keeps its grant after a colleague claims the task), so the portal checks this too.
 */
@Service
class TaskAccess {

    private final TaskService taskService;
    private final EngineAsSystem engineAsSystem;

    TaskAccess(TaskService taskService, EngineAsSystem engineAsSystem) {
        this.taskService = taskService;
        this.engineAsSystem = engineAsSystem;
    }

    /** The open task, or {@link TaskNotFoundException} when it is gone or not the user's business. */
    Task visibleTask(PortalUser user, String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        if (task == null || !mayView(user, task)) {
            throw new TaskNotFoundException();
        }
        return task;
    }

    boolean mayView(PortalUser user, Task task) {
        return user.isMemberOf(Groups.CAMUNDA_ADMIN)
                || user.id().equals(task.getAssignee())
                || isCandidate(user, task.getId())
                || user.id().equals(substitutedFor(task.getId()));
    }

    boolean isCandidate(PortalUser user, String taskId) {
        return candidateLinks(taskId).stream().anyMatch(link -> link.getGroupId() != null
                ? user.isMemberOf(link.getGroupId())
                : user.id().equals(link.getUserId()));
    }

    List<String> candidateGroups(String taskId) {
        return candidateLinks(taskId).stream().map(IdentityLink::getGroupId).filter(id -> id != null).toList();
    }

    private List<IdentityLink> candidateLinks(String taskId) {
        return engineAsSystem.call(() -> taskService.getIdentityLinksForTask(taskId)).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .toList();
    }

    private String substitutedFor(String taskId) {
        Object value = engineAsSystem.call(() -> taskService.getVariableLocal(taskId, TaskListQuery.SUBSTITUTED_FOR));
        return value == null ? null : value.toString();
    }
}
