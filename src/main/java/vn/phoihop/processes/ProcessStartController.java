package vn.phoihop.processes;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.phoihop.forms.FormContext;
import vn.phoihop.forms.FormRequest;
import vn.phoihop.forms.FormSchema;
import vn.phoihop.forms.FormSubmission;
import vn.phoihop.forms.FormPlace;
import vn.phoihop.forms.FormView;
import vn.phoihop.forms.UnsentForms;
import vn.phoihop.security.PortalUser;

/** Lists the processes the user's groups may start and starts one through its start event's form. */
@Controller
class ProcessStartController {

    private final StartableProcesses startable;
    private final StartSubmissions submissions;
    private final ProcessStarter starter;
    private final UnsentForms unsent;
    private final List<StartFormPrefill> prefills;

    ProcessStartController(StartableProcesses startable, StartSubmissions submissions, ProcessStarter starter,
                           UnsentForms unsent, List<StartFormPrefill> prefills) {
        this.startable = startable;
        this.submissions = submissions;
        this.starter = starter;
        this.unsent = unsent;
        this.prefills = prefills;
    }

    @GetMapping("/processes")
    String list(Authentication authentication, Model model) {
        model.addAttribute("processes", startable.of(PortalUser.of(authentication)));
        return "processes/list";
    }

    /** The start form as the user left it: a draft, pending files, or the values of an expired session's post. */
    @GetMapping("/processes/{key}/start")
    String startForm(@PathVariable String key, @RequestParam(required = false) String prefill,
                     Authentication authentication, HttpServletRequest request, Model model, Locale locale) {
        PortalUser user = PortalUser.of(authentication);
        ProcessDefinition definition = starter.startableByKey(user, key);
        Map<String, Object> first = prefill == null ? Map.of() : prefilled(definition.getKey(), prefill, user);
        starter.startFormOf(definition).ifPresent(form -> {
            var shown = unsent.show(user, FormPlace.start(definition.getKey()), form, FormContext.of(first, locale),
                    request.getSession(false));
            model.addAttribute("form", shown.form());
            model.addAttribute("draft", shown.draft());
        });
        model.addAttribute("definition", definition);
        model.addAttribute("token", submissions.newToken());
        return "processes/start";
    }

    /** A feature's values for the form from its own record; a reference no feature accepts is a 404. */
    private Map<String, Object> prefilled(String key, String reference, PortalUser user) {
        return prefills.stream().map(source -> source.values(key, reference, user)).flatMap(Optional::stream)
                .findFirst().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
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
        FormSubmission submission = starter.bind(form, FormRequest.parameters(request),
                unsent.uploads(user, FormPlace.start(definition.getKey()), form, request), locale);
        if (submission != null && !submission.isValid()) {
            return refused(user, new ProcessStarter.Refused(submission, "task.form.invalid", null), form, locale,
                    definition, token, model, response);
        }
        if (!submissions.claim(token, user.id())) {
            redirect.addFlashAttribute("info", "process.start.already");
            return "redirect:/tasks";
        }
        ProcessStarter.Outcome outcome = starter.start(user, definition, submission);
        if (outcome instanceof ProcessStarter.Refused refusal) {
            submissions.release(token);
            return refused(user, refusal, form, locale, definition, token, model, response);
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

    /** "Lưu nháp": the start form's values and files kept for this user only, without checking what is still missing. */
    @PostMapping("/processes/{key}/draft")
    String saveDraft(@PathVariable String key, @RequestParam(name = "_token", required = false) String token,
                     Authentication authentication, HttpServletRequest request, HttpServletResponse response,
                     Model model, Locale locale, RedirectAttributes redirect) {
        PortalUser user = PortalUser.of(authentication);
        ProcessDefinition definition = starter.startableByKey(user, key);
        FormSchema form = starter.startFormOf(definition).orElse(null);
        if (form != null) {
            var refused = unsent.saveDraft(user, FormPlace.start(definition.getKey()), form, request,
                    FormContext.of(Map.of(), locale));
            if (refused.isPresent()) {
                return refusedPage(refused.get(), definition,
                        StartSubmissions.isWellFormed(token) ? token : submissions.newToken(), "form.draft.invalid", null,
                        model, response);
            }
            redirect.addFlashAttribute("info", "form.draft.saved");
        }
        return "redirect:/processes/" + definition.getKey() + "/start";
    }

    @PostMapping("/processes/{key}/draft/discard")
    String discardDraft(@PathVariable String key, Authentication authentication, RedirectAttributes redirect) {
        PortalUser user = PortalUser.of(authentication);
        ProcessDefinition definition = starter.startableByKey(user, key);
        unsent.discard(user, FormPlace.start(definition.getKey()));
        redirect.addFlashAttribute("info", "form.draft.discarded");
        return "redirect:/processes/" + definition.getKey() + "/start";
    }

    /**
     * The start page again, with what was typed and why it was refused, the chosen files kept as pending
     * files; the same token may be sent again.
     */
    private String refused(PortalUser user, ProcessStarter.Refused refusal, FormSchema form, Locale locale,
                           ProcessDefinition definition, String token, Model model, HttpServletResponse response) {
        FormView shown = form == null ? null : unsent.refused(user, FormPlace.start(definition.getKey()), form,
                refusal.submission(), FormContext.of(Map.of(), locale));
        return refusedPage(shown, definition, token, refusal.messageCode(), refusal.messageArguments(), model, response);
    }

    private static String refusedPage(FormView form, ProcessDefinition definition, String token, String error,
                                      Object[] errorArguments, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("form", form);
        model.addAttribute("definition", definition);
        model.addAttribute("token", token);
        model.addAttribute("error", error);
        model.addAttribute("errorArguments", errorArguments);
        return "processes/start";
    }
}
