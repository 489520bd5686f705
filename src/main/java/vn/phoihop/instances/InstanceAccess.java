package vn.phoihop.instances;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Service;
import vn.phoihop.security.PortalUser;
import vn.phoihop.security.EngineAsSystem;

/**
 * Who may see a process instance, its comments, attachments, history and diagram: administrators,
 * the user who started it, and everyone who is or was assignee or candidate (user or group) of one
 * of its tasks. Camunda's own authorizations cannot say this: they follow the current task only,
 * and staff have no history rights, so the check reads history without authorization checks.
 */
@Service
public class InstanceAccess {

    private final HistoryService historyService;
    private final EngineAsSystem engine;
    private final List<InstanceReaders> featureReaders;

    InstanceAccess(HistoryService historyService, EngineAsSystem engine, List<InstanceReaders> featureReaders) {
        this.historyService = historyService;
        this.engine = engine;
        this.featureReaders = List.copyOf(featureReaders);
    }

    public boolean canView(PortalUser user, String processInstanceId) {
        if (user == null || processInstanceId == null || processInstanceId.isBlank()) {
            return false;
        }
        return engine.call(() -> isAllowed(user, processInstanceId))
                || featureReaders.stream().anyMatch(readers -> readers.mayRead(user, processInstanceId));
    }

    /** For this package's controllers: unknown and forbidden look the same from outside. */
    void require(PortalUser user, String processInstanceId) {
        if (!canView(user, processInstanceId)) {
            throw new InstanceNotFoundException();
        }
    }

    private boolean isAllowed(PortalUser user, String processInstanceId) {
        HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (instance == null) {
            return false;
        }
        if (user.isAdministrator() || user.id().equals(instance.getStartUserId())) {
            return true;
        }
        List<HistoricTaskInstance> tasks = historyService.createHistoricTaskInstanceQuery()
                .processInstanceId(processInstanceId).list();
        if (tasks.stream().anyMatch(task -> user.id().equals(task.getAssignee()))) {
            return true;
        }
        Set<String> taskIds = tasks.stream().map(HistoricTaskInstance::getId).collect(Collectors.toSet());
        if (taskIds.isEmpty()) {
            return false;
        }
        // The identity link log also remembers earlier assignees and candidate users that were
        // removed. It cannot be filtered by instance: filter by user and definition, match the tasks.
        if (linkedToAnyTask(historyService.createHistoricIdentityLinkLogQuery().userId(user.id())
                .processDefinitionId(instance.getProcessDefinitionId()).list(), taskIds)) {
            return true;
        }
        // Groups have many tasks across all instances: ask per instance instead.
        return user.groupIds().stream().anyMatch(groupId -> historyService.createHistoricTaskInstanceQuery()
                .processInstanceId(processInstanceId).taskHadCandidateGroup(groupId).count() > 0);
    }

    private static boolean linkedToAnyTask(List<HistoricIdentityLinkLog> links, Set<String> taskIds) {
        return links.stream().anyMatch(link -> taskIds.contains(link.getTaskId()));
    }
}
