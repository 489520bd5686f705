package vn.phoihop.tasks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.phoihop.forms.FormContext;
import vn.phoihop.forms.FormContexts;
import vn.phoihop.forms.FormSchema;
import vn.phoihop.forms.FormSchemaParser;

/**
 * The Camunda Form a task names with {@code camunda:formRef}, read from the engine's deployment
 * rather than from the files: the version the task is bound to, also after an administrator
 * redeployed a newer one. The task must be read with {@code initializeFormKeys()}.
 */
@Component
class TaskForms {

    private final FormService formService;
    private final TaskService taskService;
    private final FormSchemaParser parser;
    private final FormContexts contexts;
    /**
     * Each deployed version of a form parsed once, not at every step shown or sent (a schema is immutable):
     * by its text, which is what a version is. Bounded, since an administrator may deploy new versions.
     */
    private final Map<String, FormSchema> parsed = new ConcurrentHashMap<>();
    private static final int PARSED_KEPT = 500;

    TaskForms(FormService formService, TaskService taskService, FormSchemaParser parser,
              FormContexts contexts) {
        this.formService = formService;
        this.taskService = taskService;
        this.parser = parser;
        this.contexts = contexts;
    }

    /**
     * What the task's form is shown and checked against: the task's variables (its own and its
     * instance's), overlaid with the values the process's feature reads from its record.
     */
    FormContext contextOf(Task task, FormSchema form, Locale locale) {
        return contexts.of(form, task.getProcessInstanceId(), taskService.getVariables(task.getId()), locale);
    }

    FormContext contextOf(String taskId, FormSchema form, Locale locale) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        return contexts.of(form, task == null ? null : task.getProcessInstanceId(), taskService.getVariables(taskId), locale);
    }

    Optional<FormSchema> formOf(Task task) {
        if (task.getCamundaFormRef() == null) {
            return Optional.empty();
        }
        String json;
        try (InputStream deployed = formService.getDeployedTaskForm(task.getId())) {
            json = new String(deployed.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (parsed.size() > PARSED_KEPT) {
            parsed.clear();
        }
        return Optional.of(parsed.computeIfAbsent(json, text -> parser.parse(text, task.getCamundaFormRef().getKey())));
    }
}
