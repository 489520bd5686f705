package vn.phoihop.tasks;

import java.util.Locale;
import java.util.Optional;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.phoihop.forms.FormContext;
import vn.phoihop.forms.FormContexts;
import vn.phoihop.forms.FormSchema;
import vn.phoihop.forms.DeployedForms;

/**
 * The Camunda Form a task names with {@code camunda:formRef}, read from the engine's deployment
 * rather than from the files: the version the task is bound to, also after an administrator
 * redeployed a newer one. The task must be read with {@code initializeFormKeys()}.
 */
@Component
class TaskForms {

    private final FormService formService;
    private final TaskService taskService;
    private final DeployedForms deployedForms;
    private final FormContexts contexts;

    TaskForms(FormService formService, TaskService taskService, DeployedForms deployedForms,
              FormContexts contexts) {
        this.formService = formService;
        this.taskService = taskService;
        this.deployedForms = deployedForms;
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
        return Optional.of(deployedForms.read(formService.getDeployedTaskForm(task.getId()), task.getCamundaFormRef().getKey()));
    }
}
