package vn.phoihop.tasks;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;
import vn.phoihop.attachments.AttachmentRejectedException;
import vn.phoihop.attachments.AttachmentService;
import vn.phoihop.forms.FormContext;
import vn.phoihop.forms.FormPlace;
import vn.phoihop.forms.UnsentForms;
import vn.phoihop.forms.FormSchema;
import vn.phoihop.forms.FormSubmission;
import vn.phoihop.forms.LongTexts;
import vn.phoihop.forms.FormSubmissionBinder;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.security.EngineAsSystem;
import vn.phoihop.security.OneEngineCommand;
import vn.phoihop.security.PortalUser;

/**
 * Completes a task with the values of its form. Only the fields the form declares reach the
 * process. A second submission of the same form (double click, back button, a retry) finds the
 * task completed by the same user and is answered as a success, not as an error.
 */
@Service
public class TaskCompletion {

    public sealed interface Outcome permits Completed, AlreadyCompleted, Refused {
    }

    public record Completed(String processInstanceId) implements Outcome {
    }

    public record AlreadyCompleted() implements Outcome {
    }

    /** Refused: field errors are in the submission; a file refused as a whole comes with its own message. */
    public record Refused(FormSubmission submission, Task task, FormSchema form, String messageCode, Object[] messageArguments)
            implements Outcome {

        Refused(FormSubmission submission, Task task, FormSchema form) {
            this(submission, task, form, null, null);
        }
    }

    private final TaskService taskService;
    private final HistoryService historyService;
    private final TaskAccess access;
    private final TaskForms forms;
    private final FormSubmissionBinder binder;
    private final EngineAsSystem engineAsSystem;
    private final AttachmentService attachments;
    private final TransactionTemplate transaction;
    private final UnsentForms unsent;
    private final OneEngineCommand oneCommand;

    TaskCompletion(TaskService taskService, HistoryService historyService, TaskAccess access, TaskForms forms,
                   FormSubmissionBinder binder, EngineAsSystem engineAsSystem, OneEngineCommand oneCommand,
                   AttachmentService attachments, TransactionTemplate transaction, UnsentForms unsent) {
        this.oneCommand = oneCommand;
        this.unsent = unsent;
        this.transaction = transaction;
        this.attachments = attachments;
        this.taskService = taskService;
        this.historyService = historyService;
        this.access = access;
        this.forms = forms;
        this.binder = binder;
        this.engineAsSystem = engineAsSystem;
    }

    /**
     * The form of an open task, whoever may see it: Camunda's APIs check the names they were sent
     * against it before completing. Empty when the task has no form or is no longer open.
     */
    public Optional<FormSchema> formOfOpenTask(String taskId) {
        return engineAsSystem.call(() -> {
            Task task = taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
            return task == null ? Optional.<FormSchema>empty() : forms.formOf(task);
        });
    }

    public Outcome complete(PortalUser user, String taskId, MultiValueMap<String, String> parameters,
                     MultiValueMap<String, MultipartFile> files, Locale locale) {
        Optional<Outcome> outcome;
        try {
            // One transaction from the first read to the completion: each engine call outside one
            // would be a transaction of its own, and a step is read, checked and written in one go.
            outcome = transaction.execute(status -> completeIfVisible(status, user, taskId, parameters, files, locale));
        } catch (TaskConflictException | TaskNotFoundException e) {
            throw e;
        } catch (OptimisticLockingException | NullValueException | AuthorizationException e) {
            // Completed by a parallel submission between our reads and our write: the task, its
            // instance or its grants (which the engine deletes with it) are gone. If none of that
            // happened, afterTheFact finds the task open and answers as for a task not the user's.
            return afterTheFact(user, taskId);
        } catch (RuntimeException e) {
            // The engine itself fails on a task whose execution a parallel completion has just
            // removed (a NullPointerException in its authorization check, seen on PostgreSQL):
            // once the task is finished that is the same race; while it is open it is a real fault.
            if (isOpen(taskId)) {
                throw e;
            }
            return afterTheFact(user, taskId);
        }
        return outcome.isPresent() ? outcome.get() : afterTheFact(user, taskId);
    }

    /** Empty when the task is not open for this user (any more). */
    private Optional<Outcome> completeIfVisible(TransactionStatus status, PortalUser user, String taskId,
                                                MultiValueMap<String, String> parameters,
                                                MultiValueMap<String, MultipartFile> files, Locale locale) {
        StepRead read = oneCommand.call(() -> readStep(user, taskId, locale));
        if (read == null) {
            return Optional.empty();
        }
        if (read.task().getAssignee() != null && !user.id().equals(read.task().getAssignee())) {
            throw new TaskConflictException("task.conflict.claimedByOther");
        }
        return Optional.of(completeVisible(status, user, read, parameters, files));
    }

    /** What the completion reads before it decides. {@code candidate}: the user may claim the task, if unclaimed. */
    private record StepRead(Task task, FormSchema form, FormContext context, boolean candidate) {
    }

    /**
     * The task, its form, what the form is checked against and the user's candidacy, in one
     * engine command: each call on its own read the task, its execution and its definition again.
     * Null when the task is not open for this user (any more).
     */
    private StepRead readStep(PortalUser user, String taskId, Locale locale) {
        Task task;
        try {
            task = access.visibleTask(user, taskId);
        } catch (TaskNotFoundException e) {
            return null;
        }
        // the portal's rule allowed the task: the rest is read without the engine's grant queries
        return engineAsSystem.call(() -> {
            FormSchema form = forms.formOf(task).orElse(null);
            return new StepRead(task, form, form == null ? null : forms.contextOf(task, form, locale),
                    task.getAssignee() == null && access.isCandidate(user, taskId));
        });
    }

    /** Whether the task is still open, whoever may see it. */
    public boolean isOpen(String taskId) {
        return engineAsSystem.call(() -> taskService.createTaskQuery().taskId(taskId).count() > 0);
    }

    /**
     * The user may work on this task by the portal's rule ({@link TaskAccess}, stricter than the
     * engine's grants), so the form is read and the step written as the system: Camunda's own check
     * would repeat that answer with a query before each of the five calls. The user stays the one
     * who acts, for the engine's history and for the process's listeners. The writes are one
     * command, flushed once.
     */
    private Outcome completeVisible(TransactionStatus status, PortalUser user, StepRead read,
                                    MultiValueMap<String, String> parameters,
                                    MultiValueMap<String, MultipartFile> files) {
        Task task = read.task();
        String taskId = task.getId();
        FormSchema form = read.form();
        FormSubmission submission = form == null ? null : binder.bind(form, parameters, files, read.context());
        if (submission != null && !submission.isValid()) {
            return new Refused(submission, task, form);
        }
        Map<String, Object> values = new HashMap<>(submission == null ? Map.of() : submission.values());
        // Files, claim and completion commit together: a refused file or a rule of the process that
        // refuses the values leaves neither a stray file, nor a half-done step, nor a claim by itself.
        // Only the engine's work runs in its command: Camunda logs whatever leaves a command as an
        // error, and a refused file or a task that is not the user's is an answer, not a fault.
        // A refusal leaves the command unflushed, and the transaction is rolled back.
        try {
            boolean claimFirst = task.getAssignee() == null;
            if (claimFirst && !read.candidate()) {
                throw new TaskNotFoundException();
            }
            if (submission != null) {
                values.putAll(attachments.storeFormFiles(user, task.getProcessInstanceId(), taskId, submission.files()));
            }
            engineAsSystem.call(() -> {
                // Completing an unclaimed group task claims it: one tap on a phone instead of two.
                if (claimFirst) {
                    taskService.claim(taskId, user.id());
                }
                finish(task, values);
                return null;
            });
        } catch (AttachmentRejectedException e) {
            status.setRollbackOnly();
            return new Refused(submission, task, form, e.getMessageCode(), e.getMessageArguments());
        } catch (TaskAlreadyClaimedException e) {
            throw new TaskConflictException("task.conflict.claimedByOther");
        } catch (OptimisticLockingException | NullValueException | TaskConflictException | TaskNotFoundException e) {
            throw e;
        } catch (RuntimeException e) {
            SubmissionRuleException rule = SubmissionRuleException.causeOf(e);
            if (rule == null) {
                throw e;
            }
            status.setRollbackOnly();
            return new Refused(submission, task, form, rule.getMessageCode(), new Object[0]);
        }
        // Whoever kept a draft or files of this form: it was sent, through whichever door.
        unsent.sentByAnyone(FormPlace.task(taskId));
        return new Completed(task.getProcessInstanceId());
    }

    /**
     * The form's values are local to the task: each step of a multi-instance keeps its own answer,
     * and nothing a form sends overwrites the instance's variables. The step's listener moves what
     * the process needs into the feature's record and sets the routing flags on the execution. A
     * task delegated to the user goes back to its owner with the values (Camunda's resolve).
     */
    private void finish(Task task, Map<String, Object> values) {
        taskService.setVariablesLocal(task.getId(), LongTexts.storable(values));
        if (task.getDelegationState() == DelegationState.PENDING) {
            taskService.resolveTask(task.getId());
        } else {
            taskService.complete(task.getId());
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
