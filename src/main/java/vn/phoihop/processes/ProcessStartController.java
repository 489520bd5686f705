package vn.phoihop.processes;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.phoihop.forms.FormContext;
import vn.phoihop.forms.FormRequest;
import vn.phoihop.forms.FormSchema;
import vn.phoihop.forms.FormSubmission;
import vn.phoihop.forms.FormViewFactory;
import vn.phoihop.security.PortalUser;

/** Lists the processes the user's groups may start and starts one through its start event's form. */
@Controller
class ProcessStartController {

    private final StartableProcesses startable;
    private final StartSubmissions submissions;
    private final ProcessStarter starter;
    private final FormViewFactory formViews;

    ProcessStartController(StartableProcesses startable, StartSubmissions submissions, ProcessStarter starter,
                           FormViewFactory formViews) {
        this.startable = startable;
        this.submissions = submissions;
        this.starter = starter;
        this.formViews = formViews;
    }

    @GetMapping("/processes")
    String list(Authentication authentication, Model model) {
        model.addAttribute("processes", startable.of(PortalUser.of(authentication)));
        return "processes/list";
    }

    @GetMapping("/processes/{key}/start")
    String startForm(@PathVariable String key, Authentication authentication, Model model, Locale locale) {
        ProcessDefinition definition = starter.startableByKey(PortalUser.of(authentication), key);
        starter.startFormOf(definition).ifPresent(form ->
                model.addAttribute("form", formViews.create(form, FormContext.of(Map.of(), locale))));
        model.addAttribute("definition", definition);
        model.addAttribute("token", submissions.newToken());
        return "processes/start";
    }

    @PostMapping("/processes/{key}/start")
    String start(@PathVariable String key, @RequestParam(name = "_token", required = false) String token,
                 Authentication authentication, HttpServletRequest request, HttpServletResponse response,
                 Model model, Locale locale, RedirectAttributes redirect) {
        PortalUser user = PortalUser.of(authentication);
        ProcessDefinition definition = starter.startableByKey(user, key);
        if (!StartSubmissions.isWellFormed(token)) {
            redirect.addFlashAttribute("error", "process.start.stale");
            return "redirect:/processes/" + key + "/start";
        }
        FormSchema form = starter.startFormOf(definition).orElse(null);
        FormSubmission submission = starter.bind(form, FormRequest.parameters(request), FormRequest.files(request), locale);
        if (submission != null && !submission.isValid()) {
            return refused(new ProcessStarter.Refused(submission, "task.form.invalid", null), form, locale, definition,
                    token, model, response);
        }
        if (!submissions.claim(token, user.id())) {
            redirect.addFlashAttribute("info", "process.start.already");
            return "redirect:/tasks";
        }
        ProcessStarter.Outcome outcome = starter.start(user, definition, submission);
        if (outcome instanceof ProcessStarter.Refused refusal) {
            submissions.release(token);
            return refused(refusal, form, locale, definition, token, model, response);
        }
        String instanceId = ((ProcessStarter.Started) outcome).instance().getId();
        submissions.started(token, instanceId);
        // the new record's page, named by its number, rather than a task list that may not show it
        String businessKey = starter.businessKeyOf(instanceId);
        if (businessKey != null) {
            redirect.addFlashAttribute("info", "process.started.record");
            redirect.addFlashAttribute("infoArguments", new Object[] {businessKey});
        } else {
            redirect.addFlashAttribute("info", "process.started");
        }
        return "redirect:/instances/" + instanceId;
    }

    /** The start page again, with what was typed and why it was refused; the same token may be sent again. */
    private String refused(ProcessStarter.Refused refusal, FormSchema form, Locale locale, ProcessDefinition definition,
                           String token, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        if (form != null) {
            model.addAttribute("form", formViews.create(form, refusal.submission(), FormContext.of(Map.of(), locale)));
        }
        model.addAttribute("definition", definition);
        model.addAttribute("token", token);
        model.addAttribute("error", refusal.messageCode());
        model.addAttribute("errorArguments", refusal.messageArguments());
        return "processes/start";
    }
}
