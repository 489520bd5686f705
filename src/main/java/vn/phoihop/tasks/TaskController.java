package vn.phoihop.tasks;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.task.Task;
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
import vn.phoihop.forms.FormPlace;
import vn.phoihop.forms.UnsentForms;
import vn.phoihop.security.PortalUser;

@Controller
class TaskController {

    private final TaskAccess access;
    private final TaskActions actions;
    private final TaskCompletion completion;
    private final TaskForms forms;
    private final UnsentForms unsent;
    private final TaskPage page;

    TaskController(TaskAccess access, TaskActions actions, TaskCompletion completion, TaskForms forms,
                   UnsentForms unsent, TaskPage page) {
        this.access = access;
        this.actions = actions;
        this.completion = completion;
        this.forms = forms;
        this.unsent = unsent;
        this.page = page;
    }

    /** The task with its form as the user left it: a draft, pending files, or the values of an expired session's post. */
    @GetMapping("/tasks/{taskId}")
    String show(@PathVariable String taskId, Authentication authentication, HttpServletRequest request, Model model,
                Locale locale) {
        PortalUser user = PortalUser.of(authentication);
        Task task = access.visibleTask(user, taskId);
        forms.formOf(task).ifPresent(schema -> {
            var shown = unsent.show(user, FormPlace.task(taskId), schema, page.context(taskId, schema, locale), request.getSession(false));
            model.addAttribute("form", shown.form());
            model.addAttribute("draft", shown.draft());
        });
        page.addTaskDetails(user, task, model);
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
                        page.context(taskId, refused.form(), locale)));
                model.addAttribute("error", refused.messageCode() != null ? refused.messageCode() : "task.form.invalid");
                model.addAttribute("errorArguments", refused.messageArguments());
                page.addTaskDetails(user, refused.task(), model);
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
}
