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
import vn.phoihop.forms.FormContext;
import vn.phoihop.forms.FormRequest;
import vn.phoihop.forms.FormSchema;
import vn.phoihop.forms.FormPlace;
import vn.phoihop.forms.UnsentForms;
import vn.phoihop.instances.InstanceAccess;
import vn.phoihop.instances.InstanceComments;
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
    private final TaskService taskService;
    private final RepositoryService repositoryService;
    private final EngineAsSystem engineAsSystem;
    private final InstancePanels instancePanels;
    private final ObjectProvider<RecordSummary> recordSummaries;
    private final UnsentForms unsent;
    private final InstanceComments comments;
    private final InstanceAccess instanceAccess;

    TaskController(TaskAccess access, TaskActions actions, TaskCompletion completion, TaskForms forms,
                   TaskService taskService, RepositoryService repositoryService,
                   EngineAsSystem engineAsSystem, InstancePanels instancePanels,
                   ObjectProvider<RecordSummary> recordSummaries, UnsentForms unsent, InstanceComments comments,
                   InstanceAccess instanceAccess) {
        this.instanceAccess = instanceAccess;
        this.unsent = unsent;
        this.comments = comments;
        this.recordSummaries = recordSummaries;
        this.engineAsSystem = engineAsSystem;
        this.instancePanels = instancePanels;
        this.access = access;
        this.actions = actions;
        this.completion = completion;
        this.forms = forms;
        this.taskService = taskService;
        this.repositoryService = repositoryService;
    }

    /** The task with its form as the user left it: a draft, pending files, or the values of an expired session's post. */
    @GetMapping("/tasks/{taskId}")
    String show(@PathVariable String taskId, Authentication authentication, HttpServletRequest request, Model model,
                Locale locale) {
        PortalUser user = PortalUser.of(authentication);
        Task task = access.visibleTask(user, taskId);
        forms.formOf(task).ifPresent(schema -> {
            var shown = unsent.show(user, FormPlace.task(taskId), schema, context(taskId, schema, locale), request.getSession(false));
            model.addAttribute("form", shown.form());
            model.addAttribute("draft", shown.draft());
        });
        addTaskDetails(user, task, model);
        return "tasks/task";
    }

    @PostMapping("/tasks/{taskId}/complete")
    String complete(@PathVariable String taskId, Authentication authentication, HttpServletRequest request,
                    Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        PortalUser user = PortalUser.of(authentication);
        FormPlace place = FormPlace.task(taskId);
        try {
            var files = unsent.uploads(user, place, completion.formOfOpenTask(taskId).orElse(null), request);
            TaskCompletion.Outcome outcome = completion.complete(user, taskId, FormRequest.parameters(request), files, locale);
            if (outcome instanceof TaskCompletion.Refused refused) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                model.addAttribute("form", unsent.refused(user, place, refused.form(), refused.submission(),
                        context(taskId, refused.form(), locale)));
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

    /** "Lưu nháp": the form's values and files kept for this user only, without checking what is still missing. */
    @PostMapping("/tasks/{taskId}/draft")
    String saveDraft(@PathVariable String taskId, Authentication authentication, HttpServletRequest request,
                     Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        PortalUser user = PortalUser.of(authentication);
        Task task = access.visibleTask(user, taskId);
        var schema = forms.formOf(task);
        if (schema.isEmpty()) {
            return "redirect:/tasks/" + taskId;
        }
        var refused = unsent.saveDraft(user, FormPlace.task(taskId), schema.get(), request, context(taskId, schema.get(), locale));
        if (refused.isPresent()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("form", refused.get());
            model.addAttribute("error", "form.draft.invalid");
            addTaskDetails(user, task, model);
            return "tasks/task";
        }
        redirect.addFlashAttribute("info", "form.draft.saved");
        return "redirect:/tasks/" + taskId;
    }

    @PostMapping("/tasks/{taskId}/draft/discard")
    String discardDraft(@PathVariable String taskId, Authentication authentication, RedirectAttributes redirect) {
        PortalUser user = PortalUser.of(authentication);
        access.visibleTask(user, taskId);
        unsent.discard(user, FormPlace.task(taskId));
        redirect.addFlashAttribute("info", "form.draft.discarded");
        return "redirect:/tasks/" + taskId;
    }

    /**
     * A comment posted from the task page: its button sends the task's form too (tasks/task.html), whose
     * values become the user's draft, so the page that comes back still holds what was typed.
     */
    @PostMapping("/tasks/{taskId}/comments")
    String comment(@PathVariable String taskId, @RequestParam(name = "_comment", required = false) String message,
                   @RequestParam(name = "_commentInstance", required = false) String instanceId,
                   Authentication authentication, HttpServletRequest request, Locale locale, RedirectAttributes redirect) {
        PortalUser user = PortalUser.of(authentication);
        Task task;
        try {
            task = access.visibleTask(user, taskId);
        } catch (TaskNotFoundException gone) {
            // completed meanwhile by someone else: the comment still belongs to the record, whose page it goes to
            if (instanceId == null || !instanceAccess.canView(user, instanceId)) {
                throw gone;
            }
            String error = comments.add(instanceId, null, message);
            if (error != null) {
                redirect.addFlashAttribute("commentError", error);
                redirect.addFlashAttribute("commentText", message == null ? "" : message);
            }
            return "redirect:/instances/" + instanceId + "#comments";
        }
        boolean mayWork = task.getAssignee() == null ? access.isCandidate(user, taskId) : user.id().equals(task.getAssignee());
        var schema = forms.formOf(task);
        if (mayWork && schema.isPresent()) {
            unsent.keepAsDraft(user, FormPlace.task(taskId), schema.get(), request, context(taskId, schema.get(), locale));
        }
        String error = comments.add(task.getProcessInstanceId(), taskId, message);
        if (error != null) {
            redirect.addFlashAttribute("commentError", error);
            redirect.addFlashAttribute("commentText", message == null ? "" : message);
        } else if (mayWork && schema.isPresent()) {
            redirect.addFlashAttribute("info", "task.comment.formKept");
        }
        return "redirect:/tasks/" + taskId + "#comments";
    }

    private FormContext context(String taskId, FormSchema form, Locale locale) {
        return forms.contextOf(taskId, form, locale);
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
                 HttpServletRequest request, Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        TypedDay dueDay = TypedDay.of(due);
        TypedDay followUpDay = TypedDay.of(followUp);
        if (!dueDay.isValid() || !followUpDay.isValid()) {
            // the task page again, the dates as typed next to their message
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("typedDue", dueDay);
            model.addAttribute("typedFollowUp", followUpDay);
            return show(taskId, authentication, request, model, locale);
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
