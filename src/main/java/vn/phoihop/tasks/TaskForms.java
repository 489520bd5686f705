package vn.phoihop.tasks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
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
    private final FormSchemaParser parser;

    TaskForms(FormService formService, FormSchemaParser parser) {
        this.formService = formService;
        this.parser = parser;
    }

    Optional<FormSchema> formOf(Task task) {
        if (task.getCamundaFormRef() == null) {
            return Optional.empty();
        }
        try (InputStream json = formService.getDeployedTaskForm(task.getId())) {
            return Optional.of(parser.parse(json, task.getCamundaFormRef().getKey()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
