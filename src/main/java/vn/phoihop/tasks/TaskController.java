package vn.phoihop.tasks;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import jakarta.servlet.http.HttpServletRequest;
import vn.phoihop.forms.FormRequest;
import vn.phoihop.forms.FormViewFactory;
import vn.phoihop.instances.InstancePanels;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.security.EngineAsSystem;
import vn.phoihop.security.PortalUser;

@Controller
class TaskController {

    private final TaskAccess access;
    private final TaskActions actions;
    private final TaskCompletion completion;
    private final TaskForms forms;
    private final FormViewFactory formViews;
    private final TaskService taskService;
    private final RepositoryService repositoryService;
    private final EngineAsSystem engineAsSystem;
    private final InstancePanels instancePanels;
    private final ObjectProvider<RecordSummary> recordSummaries;

    TaskController(TaskAccess access, TaskActions actions, TaskCompletion completion, TaskForms forms,
                   FormViewFactory formViews, TaskService taskService, RepositoryService repositoryService,
                   EngineAsSystem engineAsSystem, InstancePanels instancePanels,
                   ObjectProvider<RecordSummary> recordSummaries) {
        this.recordSummaries = recordSummaries;
        this.engineAsSystem = engineAsSystem;
        this.instancePanels = instancePanels;
        this.access = access;
        this.actions = actions;
        this.completion = completion;
        this.forms = forms;
        this.formViews = formViews;
        this.taskService = taskService;
        this.repositoryService = repositoryService;
    }

    @GetMapping("/tasks/{taskId}")
    String show(@PathVariable String taskId, Authentication authentication, Model model, Locale locale) {
        PortalUser user = PortalUser.of(authentication);
        Task task = access.visibleTask(user, taskId);
        var form = forms.formOf(task);
        form.ifPresent(schema -> model.addAttribute("form",
                formViews.create(schema, forms.contextOf(task, schema, locale))));
        addTaskDetails(user, task, model);
        return "tasks/task";
    }

    @PostMapping("/tasks/{taskId}/complete")
    String complete(@PathVariable String taskId, Authentication authentication, HttpServletRequest request,
                    Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        PortalUser user = PortalUser.of(authentication);
        try {
            TaskCompletion.Outcome outcome = completion.complete(user, taskId, FormRequest.parameters(request),
                    FormRequest.files(request), locale);
            if (outcome instanceof TaskCompletion.Refused refused) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                model.addAttribute("form", formViews.create(refused.form(), refused.submission(),
                        forms.contextOf(refused.task(), refused.form(), locale)));
                model.addAttribute("error", refused.messageCode() != null ? refused.messageCode() : "task.form.invalid");
                model.addAttribute("errorArguments", refused.messageArguments());
                addTaskDetails(user, refused.task(), model);
                return "tasks/task";
            }
            redirect.addFlashAttribute("info", outcome instanceof TaskCompletion.AlreadyCompleted
                    ? "task.completed.already" : "task.completed");
            return "redirect:/tasks";
        } catch (TaskConflictException e) {
            redirect.addFlashAttribute("error", e.messageCode());
            return "redirect:/tasks";
        }
    }

    @PostMapping("/tasks/{taskId}/claim")
    String claim(@PathVariable String taskId, Authentication authentication, RedirectAttributes redirect) {
        return act(taskId, redirect, "task.claimed", () -> actions.claim(PortalUser.of(authentication), taskId));
    }

    @PostMapping("/tasks/{taskId}/unclaim")
    String unclaim(@PathVariable String taskId, Authentication authentication, RedirectAttributes redirect) {
        return act(taskId, redirect, "task.unclaimed", () -> actions.unclaim(PortalUser.of(authentication), taskId));
    }

    @PostMapping("/tasks/{taskId}/assign")
    String assign(@PathVariable String taskId, @RequestParam(required = false) String assignee,
                  Authentication authentication, RedirectAttributes redirect) {
        return act(taskId, redirect, "task.assigned", () -> actions.assign(PortalUser.of(authentication), taskId, assignee));
    }

    @PostMapping("/tasks/{taskId}/dates")
    String dates(@PathVariable String taskId, @RequestParam(required = false) String due,
                 @RequestParam(required = false) String followUp, Authentication authentication,
                 Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        TypedDay dueDay = TypedDay.of(due);
        TypedDay followUpDay = TypedDay.of(followUp);
        if (!dueDay.isValid() || !followUpDay.isValid()) {
            // the task page again, the dates as typed next to their message
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("typedDue", dueDay);
            model.addAttribute("typedFollowUp", followUpDay);
            return show(taskId, authentication, model, locale);
        }
        return act(taskId, redirect, "task.rescheduled",
                () -> actions.reschedule(PortalUser.of(authentication), taskId, dueDay.day(), followUpDay.day()));
    }

    /** Conflicts come back to the task page as a message; a task that is gone goes back to the list. */
    private String act(String taskId, RedirectAttributes redirect, String successCode, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("info", successCode);
            return "redirect:/tasks/" + taskId;
        } catch (TaskConflictException e) {
            redirect.addFlashAttribute("error", e.messageCode());
            return "redirect:/tasks/" + taskId;
        }
    }

    private void addTaskDetails(PortalUser user, Task task, Model model) {
        model.addAttribute("task", task);
        instancePanels.addTo(model, task.getProcessInstanceId());
        var definition = repositoryService.getProcessDefinition(task.getProcessDefinitionId());
        model.addAttribute("processName", definition.getName() != null ? definition.getName() : definition.getKey());
        recordSummaries.orderedStream().filter(summary -> summary.processDefinitionKey().equals(definition.getKey()))
                .findFirst().ifPresent(summary -> summary.of(task.getProcessInstanceId()).ifPresent(record -> {
                    model.addAttribute("recordSummaryTemplate", summary.template());
                    model.addAttribute("recordSummary", record);
                }));
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
}
