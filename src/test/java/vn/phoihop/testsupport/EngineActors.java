package vn.phoihop.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import vn.phoihop.portal.ProvinceClock;

/**
 * Process tests act as the demo users do on any door: signed in to the engine with their groups,
 * completing a task with values local to it (as {@link TaskSteps}); and read the tasks an instance
 * waits at with their candidate groups.
 */
public final class EngineActors {

    private final IdentityService identityService;
    private final TaskService taskService;

    public EngineActors(IdentityService identityService, TaskService taskService) {
        this.identityService = identityService;
        this.taskService = taskService;
    }

    public <T> T signedIn(String user, Supplier<T> action) {
        identityService.setAuthentication(user, identityService.createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId).toList());
        try {
            return action.get();
        } finally {
            identityService.clearAuthentication();
        }
    }

    public void complete(Task task, String user, Map<String, Object> values) {
        signedIn(user, () -> {
            TaskSteps.complete(taskService, task.getId(), values);
            return null;
        });
    }

    /** The one open task of the step; fails when there is none or several. */
    public Task task(ProcessInstance instance, String key) {
        List<Task> tasks = tasks(instance, key);
        assertThat(tasks).as("open tasks at " + key).hasSize(1);
        return tasks.get(0);
    }

    public List<Task> tasks(ProcessInstance instance, String key) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).list();
    }

    /** The open task of a multi-instance step whose branch has the variable at that value. */
    public Task branchTask(ProcessInstance instance, String key, String variable, Object value) {
        return tasks(instance, key).stream().filter(task -> value.equals(taskService.getVariable(task.getId(), variable)))
                .findFirst().orElseThrow(() -> new AssertionError("no open " + key + " with " + variable + " = " + value));
    }

    public List<String> candidateGroups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
    }

    /** A moment in the province's time zone. */
    public static Date at(int year, int month, int day, int hour, int minute) {
        return Date.from(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, ProvinceClock.ZONE).toInstant());
    }
}
