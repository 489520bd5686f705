package vn.phoihop.notifications;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.phoihop.security.EngineAsSystem;

/** The people a task concerns: its assignee, or else its candidate users and candidate groups' members. */
@Component
class TaskRecipients {

    private final IdentityService identityService;
    private final EngineAsSystem engineAsSystem;
    private final TaskService taskService;

    TaskRecipients(IdentityService identityService, TaskService taskService, EngineAsSystem engineAsSystem) {
        this.identityService = identityService;
        this.engineAsSystem = engineAsSystem;
        this.taskService = taskService;
    }

    Set<String> membersOf(Collection<String> groupIds) {
        return engineAsSystem.call(() -> {
            Set<String> members = new LinkedHashSet<>();
            for (String groupId : groupIds) {
                identityService.createUserQuery().memberOfGroup(groupId).list().forEach(user -> members.add(user.getId()));
            }
            return members;
        });
    }

    /**
     * Who is told about the task. A task read in a list may be completed or cancelled (a timer, a
     * parallel step) before its links are read: nobody is told about it then, and the caller's
     * round over the other tasks goes on.
     */
    Set<String> of(Task task) {
        if (task.getAssignee() != null) {
            return Set.of(task.getAssignee());
        }
        Collection<IdentityLink> links;
        try {
            links = engineAsSystem.call(() -> taskService.getIdentityLinksForTask(task.getId()));
        } catch (NullValueException gone) {
            return Set.of();
        }
        Set<String> recipients = new LinkedHashSet<>();
        links.stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null)
                .forEach(link -> recipients.add(link.getUserId()));
        recipients.addAll(membersOf(links.stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList()));
        return recipients;
    }
}
