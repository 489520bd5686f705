package vn.phoihop.substitutes;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import vn.phoihop.security.EngineAsSystem;

/**
 * What the task list needs to know about substitutions. A task handed to a substitute carries the
 * task-local variable {@value #SUBSTITUTED_FOR} = the id of the user it was meant for.
 */
@Service
public class SubstitutionQueries {

    /** Task-local variable: the user a substitute holds the task for. */
    public static final String SUBSTITUTED_FOR = "substitutedFor";

    private final TaskService taskService;
    private final EngineAsSystem engineAsSystem;

    SubstitutionQueries(TaskService taskService, EngineAsSystem engineAsSystem) {
        this.taskService = taskService;
        this.engineAsSystem = engineAsSystem;
    }

    /** The user the task's assignee holds it for ("thay cho …"), or null when it is their own. */
    public String substitutedFor(Task task) {
        Object value = taskService.getVariableLocal(task.getId(), SUBSTITUTED_FOR);
        return value == null ? null : value.toString();
    }

    /**
     * Open tasks meant for the user that their substitute holds now, as the caller may see them.
     * {@code taskVariableValueEquals} matches task-local variables only, which is where the mark is.
     */
    public TaskQuery handedToSubstitute(String userId) {
        return taskService.createTaskQuery().active().taskVariableValueEquals(SUBSTITUTED_FOR, userId);
    }

    /**
     * The same tasks whatever the engine's authorizations say: the original assignee may not have
     * READ on a task now assigned to someone else, yet should see what was handed over for them.
     */
    public List<Task> listHandedToSubstitute(String userId) {
        return engineAsSystem.call(() -> handedToSubstitute(userId).orderByTaskCreateTime().desc().list());
    }
}
