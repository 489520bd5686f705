package vn.phoihop.processes;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.phoihop.forms.FormContext;
import vn.phoihop.forms.FormRequest;
import vn.phoihop.forms.FormSchema;
import vn.phoihop.forms.FormSchemaParser;
import vn.phoihop.forms.FormSubmission;
import vn.phoihop.forms.FormSubmissionBinder;
import vn.phoihop.forms.FormViewFactory;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.attachments.AttachmentRejectedException;
import vn.phoihop.attachments.AttachmentService;
import vn.phoihop.security.EngineAsSystem;
import vn.phoihop.security.PortalUser;

/** Lists the processes the user's groups may start and starts one through its start event's form. */
@Controller
class ProcessStartController {

    private final StartableProcesses startable;
    private final StartSubmissions submissions;
    private final FormService formService;
    private final RuntimeService runtimeService;
    private final FormSchemaParser parser;
    private final FormSubmissionBinder binder;
    private final FormViewFactory formViews;
    private final AttachmentService attachments;
    private final TransactionTemplate transaction;
    private final EngineAsSystem engineAsSystem;

    ProcessStartController(StartableProcesses startable, StartSubmissions submissions, FormService formService,
                           RuntimeService runtimeService, FormSchemaParser parser, FormSubmissionBinder binder,
                           FormViewFactory formViews, AttachmentService attachments, TransactionTemplate transaction,
                           EngineAsSystem engineAsSystem) {
        this.engineAsSystem = engineAsSystem;
        this.attachments = attachments;
        this.transaction = transaction;
        this.startable = startable;
        this.submissions = submissions;
        this.formService = formService;
        this.runtimeService = runtimeService;
        this.parser = parser;
        this.binder = binder;
        this.formViews = formViews;
    }

    @GetMapping("/processes")
    String list(Authentication authentication, Model model) {
        model.addAttribute("processes", startable.of(PortalUser.of(authentication)));
        return "processes/list";
    }

    @GetMapping("/processes/{key}/start")
    String startForm(@PathVariable String key, Authentication authentication, Model model, Locale locale) {
        ProcessDefinition definition = startable.find(PortalUser.of(authentication), key);
        FormSchema form = startFormOf(definition);
        if (form != null) {
            model.addAttribute("form", formViews.create(form, FormContext.of(Map.of(), locale)));
        }
        model.addAttribute("definition", definition);
        model.addAttribute("token", submissions.newToken());
        return "processes/start";
    }

    @PostMapping("/processes/{key}/start")
    String start(@PathVariable String key, @RequestParam(name = "_token", required = false) String token,
                 Authentication authentication, HttpServletRequest request, HttpServletResponse response,
                 Model model, Locale locale, RedirectAttributes redirect) {
        PortalUser user = PortalUser.of(authentication);
        ProcessDefinition definition = startable.find(user, key);
        if (!StartSubmissions.isWellFormed(token)) {
            redirect.addFlashAttribute("error", "process.start.stale");
            return "redirect:/processes/" + key + "/start";
        }
        FormSchema form = startFormOf(definition);
        FormContext context = FormContext.of(Map.of(), locale);
        FormSubmission submission = form == null ? null
                : binder.bind(form, FormRequest.parameters(request), FormRequest.files(request), context);
        if (submission != null && !submission.isValid()) {
            return refused(new Refusal("task.form.invalid", null), form, submission, context, definition, token, model, response);
        }
        if (!submissions.claim(token, user.id())) {
            redirect.addFlashAttribute("info", "process.start.already");
            return "redirect:/tasks";
        }
        try {
            String instanceId = transaction.execute(status -> startWithFiles(user, definition, submission));
            submissions.started(token, instanceId);
            redirect.addFlashAttribute("info", "process.started");
            return "redirect:/tasks";
        } catch (RuntimeException e) {
            submissions.release(token);
            Refusal refusal = refusal(e);
            if (refusal == null) {
                throw e;
            }
            return refused(refusal, form, submission, context, definition, token, model, response);
        }
    }

    /** The start page again, with what was typed and why it was refused; the same token may be sent again. */
    private String refused(Refusal refusal, FormSchema form, FormSubmission submission, FormContext context,
                           ProcessDefinition definition, String token, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        if (form != null) {
            model.addAttribute("form", formViews.create(form, submission, context));
        }
        model.addAttribute("definition", definition);
        model.addAttribute("token", token);
        model.addAttribute("error", refusal.messageCode());
        model.addAttribute("errorArguments", refusal.arguments());
        return "processes/start";
    }

    /**
     * The files of the start form belong to the new instance, so they are stored once it exists,
     * in the same transaction: a refused file leaves no instance behind, and no file without one.
     */
    private String startWithFiles(PortalUser user, ProcessDefinition definition, FormSubmission submission) {
        ProcessInstance instance = runtimeService.createProcessInstanceById(definition.getId())
                .setVariables(submission == null ? Map.of() : submission.values())
                .execute();
        if (submission != null && !submission.files().isEmpty()) {
            Map<String, Object> fileIds = attachments.storeFormFiles(user, instance.getId(), null, submission.files());
            // The starter may create the instance, not update it; these are their own form's values.
            engineAsSystem.call(() -> {
                runtimeService.setVariables(instance.getId(), fileIds);
                return null;
            });
        }
        return instance.getId();
    }

    private record Refusal(String messageCode, Object[] arguments) {
    }

    /** The message for a start the user can correct (a refused file, a rule of the process), else null. */
    private static Refusal refusal(RuntimeException e) {
        if (e instanceof AttachmentRejectedException rejected) {
            return new Refusal(rejected.getMessageCode(), rejected.getMessageArguments());
        }
        SubmissionRuleException rule = SubmissionRuleException.causeOf(e);
        return rule == null ? null : new Refusal(rule.getMessageCode(), new Object[0]);
    }

    private FormSchema startFormOf(ProcessDefinition definition) {
        var formData = formService.getStartFormData(definition.getId());
        if (formData == null || formData.getCamundaFormRef() == null) {
            return null;
        }
        try (InputStream json = formService.getDeployedStartForm(definition.getId())) {
            return parser.parse(json, formData.getCamundaFormRef().getKey());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
