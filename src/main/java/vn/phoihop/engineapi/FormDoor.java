package vn.phoihop.engineapi;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.stereotype.Component;
import vn.phoihop.forms.FormSchema;
import vn.phoihop.processes.ProcessNotStartableException;
import vn.phoihop.processes.ProcessStarter;
import vn.phoihop.security.PortalUser;
import vn.phoihop.tasks.TaskCompletion;
import vn.phoihop.tasks.TaskConflictException;
import vn.phoihop.tasks.TaskNotFoundException;

/**
 * Completes steps and starts processes for calls through Camunda's APIs with the portal's own
 * services, {@link TaskCompletion} and {@link ProcessStarter}: the same form, the same checks, the
 * same process rules, the same handling of a repeated submission. Only what the form declares may
 * be sent; anything else is refused by name before anything changes.
 */
@Component
class FormDoor {

    /** Start options that would let a caller choose what the process decides (its record's id) or skip its rules. */
    private static final List<String> START_OPTIONS_REFUSED = List.of("businessKey", "caseInstanceId",
            "startInstructions", "skipCustomListeners", "skipIoMappings");

    private final TaskCompletion completion;
    private final ProcessStarter starter;
    private final JsonBodies bodies;
    private final EngineApiAnswers answers;

    FormDoor(TaskCompletion completion, ProcessStarter starter, JsonBodies bodies, EngineApiAnswers answers) {
        this.completion = completion;
        this.starter = starter;
        this.bodies = bodies;
        this.answers = answers;
    }

    /** {@code task/{id}/complete}, {@code submit-form} and {@code resolve}. */
    void completeTask(EngineApiCall call, PortalUser user, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        JsonNode body = body(call, request, response);
        if (body == null) {
            return;
        }
        String taskId = call.segment(1);
        FormSchema form = completion.formOfOpenTask(taskId).orElse(null);
        TypedVariables.Post post = TypedVariables.read(body.get("variables"), form);
        // No form because a parallel call has just completed the task: the completion answers
        // that it is done (or not the caller's), not that the form lacks the fields sent.
        boolean gone = form == null && !completion.isOpen(taskId);
        if (!gone && refusedOutright(post, form, request, response)) {
            return;
        }
        try {
            TaskCompletion.Outcome outcome = completion.complete(user, taskId, post.parameters(), post.files(),
                    EngineApiAnswers.locale(request));
            if (outcome instanceof TaskCompletion.Refused refused) {
                answers.formRefused(request, response, refused.messageCode(), refused.messageArguments(),
                        refused.submission() == null ? Map.of() : refused.submission().errors());
            } else if (outcome instanceof TaskCompletion.AlreadyCompleted) {
                answers.error(request, response, HttpServletResponse.SC_CONFLICT, "TaskAlreadyCompleted",
                        "engineApi.alreadyCompleted", taskId);
            } else {
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            }
        } catch (TaskNotFoundException e) {
            answers.error(request, response, HttpServletResponse.SC_NOT_FOUND, "InvalidRequestException",
                    "engineApi.taskNotFound", taskId);
        } catch (TaskConflictException e) {
            answers.error(request, response, HttpServletResponse.SC_CONFLICT, "TaskConflict", e.messageCode());
        }
    }

    /** {@code process-definition/{id}/start}, {@code .../key/{key}/start} and their {@code submit-form}. */
    void startProcess(EngineApiCall call, PortalUser user, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        JsonNode body = body(call, request, response);
        if (body == null) {
            return;
        }
        Set<String> options = new TreeSet<>();
        for (String option : START_OPTIONS_REFUSED) {
            JsonNode value = body.get(option);
            if (value != null && !value.isNull() && !(value.isBoolean() && !value.asBoolean())) {
                options.add(option);
            }
        }
        if (!options.isEmpty()) {
            answers.variablesRefused(request, response, "engineApi.startOptionsRefused", options);
            return;
        }
        ProcessDefinition definition;
        try {
            definition = call.segment(1).equals("key") ? starter.startableByKey(user, call.segment(2))
                    : starter.startableById(user, call.segment(1));
        } catch (ProcessNotStartableException e) {
            answers.error(request, response, HttpServletResponse.SC_NOT_FOUND, "InvalidRequestException",
                    "engineApi.processNotStartable");
            return;
        }
        FormSchema form = starter.startFormOf(definition).orElse(null);
        TypedVariables.Post post = TypedVariables.read(body.get("variables"), form);
        if (refusedOutright(post, form, request, response)) {
            return;
        }
        ProcessStarter.Outcome outcome;
        try {
            outcome = starter.start(user, definition,
                    starter.bind(form, post.parameters(), post.files(), EngineApiAnswers.locale(request)));
        } catch (ProcessNotStartableException e) {
            answers.error(request, response, HttpServletResponse.SC_NOT_FOUND, "InvalidRequestException",
                    "engineApi.processNotStartable");
            return;
        }
        if (outcome instanceof ProcessStarter.Refused refused) {
            answers.formRefused(request, response, refused.messageCode(), refused.messageArguments(),
                    refused.submission() == null ? Map.of() : refused.submission().errors());
            return;
        }
        answers.json(response, HttpServletResponse.SC_OK, instance(((ProcessStarter.Started) outcome).instance()));
    }

    /** The call's JSON body, or null when the call was answered already (refused token, unreadable body). */
    private JsonNode body(EngineApiCall call, HttpServletRequest request, HttpServletResponse response) throws IOException {
        // The webapps' own CSRF filter may come after this one, which answers the call itself: check its token here.
        if (call.door() == EngineApiCall.Door.WEBAPP && !webappTokenMatches(request)) {
            answers.error(request, response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", "engineApi.csrf");
            return null;
        }
        try {
            return bodies.read(request);
        } catch (JsonBodies.BodyTooLargeException e) {
            answers.error(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "RequestTooLarge",
                    "engineApi.bodyTooLarge", JsonBodies.MAX_BODY_BYTES / (1024 * 1024));
        } catch (JsonBodies.MalformedBodyException e) {
            answers.error(request, response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException",
                    "engineApi.notJson");
        }
        return null;
    }

    private boolean refusedOutright(TypedVariables.Post post, FormSchema form, HttpServletRequest request,
                                    HttpServletResponse response) throws IOException {
        if (!post.undeclared().isEmpty()) {
            answers.variablesRefused(request, response, "engineApi.undeclaredVariables", post.undeclared(),
                    form == null ? "-" : form.id());
            return true;
        }
        if (!post.malformed().isEmpty()) {
            answers.variablesRefused(request, response, "engineApi.malformedVariables", post.malformed());
            return true;
        }
        return false;
    }

    private static boolean webappTokenMatches(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        return expected != null && Objects.equals(expected, request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME));
    }

    /** The fields of Camunda's own answer to a start. */
    private static Map<String, Object> instance(ProcessInstance instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("links", List.of());
        body.put("id", instance.getId());
        body.put("definitionId", instance.getProcessDefinitionId());
        body.put("businessKey", instance.getBusinessKey());
        body.put("caseInstanceId", null);
        body.put("ended", instance.isEnded());
        body.put("suspended", instance.isSuspended());
        body.put("tenantId", instance.getTenantId());
        return body;
    }
}
