package vn.phoihop.tasks;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.phoihop.forms.FormPlace;
import vn.phoihop.forms.UnsentForms;
import vn.phoihop.instances.InstanceAccess;
import vn.phoihop.instances.InstanceComments;
import vn.phoihop.security.PortalUser;

/**
 * What the task page keeps for later without completing the task: the user's draft of its form,
 * and a comment, which keeps the half-filled form as the draft.
 */
@Controller
class TaskDraftController {

    private final TaskAccess access;
    private final TaskForms forms;
    private final UnsentForms unsent;
    private final InstanceComments comments;
    private final InstanceAccess instanceAccess;
    private final TaskPage page;

    TaskDraftController(TaskAccess access, TaskForms forms, UnsentForms unsent, InstanceComments comments,
                        InstanceAccess instanceAccess, TaskPage page) {
        this.access = access;
        this.forms = forms;
        this.unsent = unsent;
        this.comments = comments;
        this.instanceAccess = instanceAccess;
        this.page = page;
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
        var refused = unsent.saveDraft(user, FormPlace.task(taskId), schema.get(), request, page.context(taskId, schema.get(), locale));
        if (refused.isPresent()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("form", refused.get());
            model.addAttribute("error", "form.draft.invalid");
            page.addTaskDetails(user, task, model);
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
            unsent.keepAsDraft(user, FormPlace.task(taskId), schema.get(), request, page.context(taskId, schema.get(), locale));
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
}
