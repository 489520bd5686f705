package vn.phoihop.processes;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;
import vn.phoihop.attachments.AttachmentRejectedException;
import vn.phoihop.attachments.AttachmentService;
import vn.phoihop.forms.FormContext;
import vn.phoihop.forms.FormPlace;
import vn.phoihop.forms.UnsentForms;
import vn.phoihop.forms.FormSchema;
import vn.phoihop.forms.DeployedForms;
import vn.phoihop.forms.FormSubmission;
import vn.phoihop.forms.LongTexts;
import vn.phoihop.forms.FormSubmissionBinder;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.security.EngineAsSystem;
import vn.phoihop.security.PortalUser;

/**
 * Starts a process through its start event's form, for the portal and for Camunda's APIs alike:
 * only the fields the form declares reach the process, checked by the same binder, and the form's
 * files are stored with the new instance in the same transaction.
 */
@Service
public class ProcessStarter {

    public sealed interface Outcome permits Started, Refused {
    }

    public record Started(ProcessInstance instance) implements Outcome {
    }

    /** The submission (with its field errors, if any) and, for a refusal of the whole form, its message. */
    public record Refused(FormSubmission submission, String messageCode, Object[] messageArguments) implements Outcome {
    }

    private final StartableProcesses startable;
    private final FormService formService;
    private final RuntimeService runtimeService;
    private final DeployedForms deployedForms;
    private final FormSubmissionBinder binder;
    private final AttachmentService attachments;
    private final TransactionTemplate transaction;
    private final EngineAsSystem engineAsSystem;
    private final HistoryService historyService;
    private final UnsentForms unsent;

    ProcessStarter(StartableProcesses startable, FormService formService, RuntimeService runtimeService,
                   DeployedForms deployedForms, FormSubmissionBinder binder, AttachmentService attachments,
                   TransactionTemplate transaction, EngineAsSystem engineAsSystem, HistoryService historyService,
                   UnsentForms unsent) {
        this.unsent = unsent;
        this.startable = startable;
        this.formService = formService;
        this.runtimeService = runtimeService;
        this.deployedForms = deployedForms;
        this.binder = binder;
        this.attachments = attachments;
        this.transaction = transaction;
        this.engineAsSystem = engineAsSystem;
        this.historyService = historyService;
    }

    /** The latest active version of the process, when the user may start it; else {@link ProcessNotStartableException}. */
    public ProcessDefinition startableByKey(PortalUser user, String key) {
        return startable.find(user, key);
    }

    /** The given version when it is the latest active one and the user may start it: older versions are not offered. */
    public ProcessDefinition startableById(PortalUser user, String definitionId) {
        return startable.of(user).stream().filter(definition -> definition.getId().equals(definitionId)).findFirst()
                .orElseThrow(ProcessNotStartableException::new);
    }

    public Optional<FormSchema> startFormOf(ProcessDefinition definition) {
        var formData = formService.getStartFormData(definition.getId());
        if (formData == null || formData.getCamundaFormRef() == null) {
            return Optional.empty();
        }
        return Optional.of(deployedForms.read(formService.getDeployedStartForm(definition.getId()),
                formData.getCamundaFormRef().getKey()));
    }

    /** The posted values bound to the start form; {@code null} for a process without one. */
    public FormSubmission bind(FormSchema form, MultiValueMap<String, String> parameters,
                               MultiValueMap<String, MultipartFile> files, Locale locale) {
        return form == null ? null : binder.bind(form, parameters, files, FormContext.of(Map.of(), locale));
    }

    /** Starts the instance when the submission is valid and the process's rules accept it. */
    public Outcome start(PortalUser user, ProcessDefinition definition, FormSubmission submission) {
        if (submission != null && !submission.isValid()) {
            return new Refused(submission, "task.form.invalid", null);
        }
        try {
            Started started = new Started(transaction.execute(status -> startWithFiles(user, definition, submission)));
            // the user's draft and pending files of this start form were sent, through whichever door
            unsent.discard(user, FormPlace.start(definition.getKey()));
            return started;
        } catch (AttachmentRejectedException e) {
            return new Refused(submission, e.getMessageCode(), e.getMessageArguments());
        } catch (AuthorizationException e) {
            // the model names the user's group but the engine holds no grant for it (yet): not startable
            throw new ProcessNotStartableException();
        } catch (RuntimeException e) {
            SubmissionRuleException rule = SubmissionRuleException.causeOf(e);
            if (rule == null) {
                throw e;
            }
            return new Refused(submission, rule.getMessageCode(), new Object[0]);
        }
    }

    /** The business key the process gave the new instance (a start listener may set it after the start call returned it). */
    public String businessKeyOf(String processInstanceId) {
        HistoricProcessInstance instance = engineAsSystem.call(() -> historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult());
        return instance == null ? null : instance.getBusinessKey();
    }

    /**
     * The files of the start form belong to the new instance, so they are stored once it exists,
     * in the same transaction: a refused file leaves no instance behind, and no file without one.
     */
    private ProcessInstance startWithFiles(PortalUser user, ProcessDefinition definition, FormSubmission submission) {
        ProcessInstance instance = runtimeService.createProcessInstanceById(definition.getId())
                .setVariables(submission == null ? Map.of() : LongTexts.storable(submission.values()))
                .execute();
        if (submission != null && !submission.files().isEmpty()) {
            Map<String, Object> fileIds = attachments.storeFormFiles(user, instance.getId(), null, submission.files());
            // The starter may create the instance, not update it; these are their own form's values.
            engineAsSystem.call(() -> {
                runtimeService.setVariables(instance.getId(), fileIds);
                return null;
            });
        }
        return instance;
    }
}
