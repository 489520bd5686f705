package vn.phoihop.tasks;

import java.util.Locale;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.phoihop.forms.FormContext;
import vn.phoihop.forms.FormSchema;
import vn.phoihop.instances.InstancePanels;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.security.EngineAsSystem;
import vn.phoihop.security.PortalUser;

/**
 * What the task page shows around the form: the task, what the user may do with it, the record's
 * summary and the instance's panels. Shared by the controllers that answer with the task page.
 */
@Component
class TaskPage {

    private final TaskAccess access;
    private final TaskActions actions;
    private final TaskForms forms;
    private final TaskService taskService;
    private final RepositoryService repositoryService;
    private final EngineAsSystem engineAsSystem;
    private final InstancePanels instancePanels;
    private final ObjectProvider<RecordSummary> recordSummaries;

    TaskPage(TaskAccess access, TaskActions actions, TaskForms forms, TaskService taskService,
             RepositoryService repositoryService, EngineAsSystem engineAsSystem, InstancePanels instancePanels,
             ObjectProvider<RecordSummary> recordSummaries) {
        this.access = access;
        this.actions = actions;
        this.forms = forms;
        this.taskService = taskService;
        this.repositoryService = repositoryService;
        this.engineAsSystem = engineAsSystem;
        this.instancePanels = instancePanels;
        this.recordSummaries = recordSummaries;
    }

    /** What the task's form is filled in against: its variables and its record's values. */
    FormContext context(String taskId, FormSchema form, Locale locale) {
        return forms.contextOf(taskId, form, locale);
    }

    void addTaskDetails(PortalUser user, Task task, Model model) {
        model.addAttribute("task", task);
        // a task made on its own (Camunda's Tasklist, its API) has no instance, no process, no record
        if (task.getProcessInstanceId() != null) {
            addInstanceDetails(task, model);
        }
        Object title = engineAsSystem.call(() -> taskService.getVariable(task.getId(), RecordTitle.VARIABLE));
        model.addAttribute("recordTitle", title == null ? null : title.toString());
        boolean mine = user.id().equals(task.getAssignee());
        model.addAttribute("mine", mine);
        boolean canClaim = task.getAssignee() == null && access.isCandidate(user, task.getId());
        model.addAttribute("canClaim", canClaim);
        model.addAttribute("canWork", mine || canClaim);
        model.addAttribute("colleagues", actions.colleagues(task.getId()).stream().filter(c -> !c.id().equals(user.id())).toList());
        model.addAttribute("canEditDue", mine && actions.mayEditDueDate(user));
        model.addAttribute("overdue", task.getDueDate() != null && task.getDueDate().toInstant().isBefore(ProvinceClock.now()));
    }

    /** The instance's comments, files and history, its process's name and its record's summary. */
    private void addInstanceDetails(Task task, Model model) {
        instancePanels.addTo(model, task.getProcessInstanceId());
        var definition = repositoryService.getProcessDefinition(task.getProcessDefinitionId());
        model.addAttribute("processName", definition.getName() != null ? definition.getName() : definition.getKey());
        recordSummaries.orderedStream().filter(summary -> summary.processDefinitionKey().equals(definition.getKey()))
                .findFirst().ifPresent(summary -> summary.of(task.getProcessInstanceId()).ifPresent(record -> {
                    model.addAttribute("recordSummaryTemplate", summary.template());
                    model.addAttribute("recordSummary", record);
                }));
    }
}
