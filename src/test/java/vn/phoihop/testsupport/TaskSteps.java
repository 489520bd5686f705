package vn.phoihop.testsupport;

import java.util.Map;

import org.camunda.bpm.engine.TaskService;

/**
 * Completes a task at the engine level the way every door of the product does
 * ({@code tasks.TaskCompletion}): the form's values are local to the task, and the step's listener
 * carries what the process needs into the record and the routing flags.
 */
public final class TaskSteps {

    private TaskSteps() {
    }

    public static void complete(TaskService taskService, String taskId, Map<String, Object> values) {
        taskService.setVariablesLocal(taskId, values);
        taskService.complete(taskId);
    }
}
