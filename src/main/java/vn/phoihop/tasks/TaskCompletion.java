package vn.phoihop.tasks;

import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;
import vn.phoihop.forms.FormContext;
import vn.phoihop.forms.FormSchema;
import vn.phoihop.forms.FormSubmission;
import vn.phoihop.forms.FormSubmissionBinder;
import vn.phoihop.security.EngineAsSystem;
import vn.phoihop.security.PortalUser;

/**
 * Completes a task with the values of its form. Only the fields the form declares reach the
 * process. A second submission of the same form (double click, back button, a retry) finds the
 * task completed by the same user and is answered as a success, not as an error.
 */
@Service
class TaskCompletion {

    sealed interface Outcome permits Completed, AlreadyCompleted, Refused {
    }

    record Completed(String processInstanceId) implements Outcome {
    }

    record AlreadyCompleted() implements Outcome {
    }

    record Refused(FormSubmission submission, Task task, FormSchema form) implements Outcome {
    }

    private final TaskService taskService;
    private final HistoryService historyService;
    private final TaskAccess access;
    private final TaskForms forms;
    private final FormSubmissionBinder binder;
    private final EngineAsSystem engineAsSystem;

    TaskCompletion(TaskService taskService, HistoryService historyService, TaskAccess access, TaskForms forms,
                   FormSubmissionBinder binder, EngineAsSystem engineAsSystem) {
        this.taskService = taskService;
        this.historyService = historyService;
        this.access = access;
        this.forms = forms;
        this.binder = binder;
        this.engineAsSystem = engineAsSystem;
    }

    Outcome complete(PortalUser user, String taskId, MultiValueMap<String, String> parameters,
                     MultiValueMap<String, MultipartFile> files, Locale locale) {
        Task task;
        try {
            task = access.visibleTask(user, taskId);
        } catch (TaskNotFoundException e) {
            return afterTheFact(user, taskId);
        }
        if (task.getAssignee() != null && !user.id().equals(task.getAssignee())) {
            throw new TaskConflictException("task.conflict.claimedByOther");
        }
        FormSchema form = forms.formOf(task).orElse(null);
        Map<String, Object> variables = taskService.getVariables(taskId);
        FormSubmission submission = form == null ? null
                : binder.bind(form, parameters, files, FormContext.of(variables, locale));
        if (submission != null && !submission.isValid()) {
            return new Refused(submission, task, form);
        }
        if (task.getAssignee() == null) {
            claimFirst(user, task);
        }
        try {
            taskService.complete(taskId, submission == null ? Map.of() : submission.values());
        } catch (OptimisticLockingException | NullValueException e) {
            return afterTheFact(user, taskId);
        }
        return new Completed(task.getProcessInstanceId());
    }

    /** Completing an unclaimed group task claims it: one tap on a phone instead of two. */
    private void claimFirst(PortalUser user, Task task) {
        if (!access.isCandidate(user, task.getId())) {
            throw new TaskNotFoundException();
        }
        try {
            taskService.claim(task.getId(), user.id());
        } catch (RuntimeException e) {
            throw new TaskConflictException("task.conflict.claimedByOther");
        }
    }

    /** The task is no longer open: completed by this user (a repeated submission), or by someone else. */
    private Outcome afterTheFact(PortalUser user, String taskId) {
        HistoricTaskInstance done = engineAsSystem.call(() ->
                historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished().singleResult());
        if (done == null) {
            throw new TaskNotFoundException();
        }
        if (user.id().equals(done.getAssignee())) {
            return new AlreadyCompleted();
        }
        boolean wasCandidate = engineAsSystem.call(() -> historyService.createHistoricIdentityLinkLogQuery()
                .taskId(taskId).type("candidate").list()).stream()
                .anyMatch(link -> user.id().equals(link.getUserId()) || (link.getGroupId() != null && user.isMemberOf(link.getGroupId())));
        if (!wasCandidate) {
            throw new TaskNotFoundException();
        }
        throw new TaskConflictException("task.conflict.completedByOther");
    }
}
