package vn.phoihop.engineapi;

import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.phoihop.forms.FormFieldError;

/**
 * Answers of the engine API guard in the shape of Camunda's own errors ({@code type},
 * {@code message}), with the names a client needs to correct the call: the variables refused and
 * the errors per field, worded in the caller's language (Vietnamese unless asked otherwise).
 */
@Component
class EngineApiAnswers {

    /** The portal's code for a form refused field by field; its wording speaks of the page, not of an API call. */
    private static final String FIELDS_REFUSED = "task.form.invalid";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MessageSource messages;
    private final ObjectMapper json = new ObjectMapper();

    EngineApiAnswers(MessageSource messages) {
        this.messages = messages;
    }

    void error(HttpServletRequest request, HttpServletResponse response, int status, String type, String messageCode,
               Object... arguments) throws IOException {
        write(response, status, body(type, text(request, messageCode, arguments)));
    }

    void variablesRefused(HttpServletRequest request, HttpServletResponse response, String messageCode,
                          Collection<String> variables, Object... arguments) throws IOException {
        Object[] withNames = new Object[arguments.length + 1];
        withNames[0] = String.join(", ", variables);
        System.arraycopy(arguments, 0, withNames, 1, arguments.length);
        Map<String, Object> body = body("InvalidVariables", text(request, messageCode, withNames));
        body.put("variables", List.copyOf(variables));
        write(response, HttpServletResponse.SC_BAD_REQUEST, body);
    }

    void formRefused(HttpServletRequest request, HttpServletResponse response, String messageCode, Object[] arguments,
                     Map<String, List<FormFieldError>> fieldErrors) throws IOException {
        boolean fieldsOnly = messageCode == null || messageCode.equals(FIELDS_REFUSED);
        Map<String, Object> body = body("InvalidFormSubmission", text(request, fieldsOnly ? "engineApi.formInvalid" : messageCode,
                arguments == null ? new Object[0] : arguments));
        // The rule's code too, as clients (and Camunda's own 400s) match on it.
        body.put("code", fieldsOnly ? null : messageCode);
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fieldErrors.forEach((field, errors) -> fields.put(field,
                errors.stream().map(error -> text(request, error.code(), error.argsArray())).toList()));
        body.put("fieldErrors", fields);
        write(response, HttpServletResponse.SC_BAD_REQUEST, body);
    }

    void json(HttpServletResponse response, int status, Object body) throws IOException {
        write(response, status, body);
    }

    private static Map<String, Object> body(String type, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("message", message);
        return body;
    }

    private String text(HttpServletRequest request, String code, Object[] arguments) {
        return messages.getMessage(code, arguments, code, locale(request));
    }

    /** Tomcat falls back to the server's locale without Accept-Language; the product's default is Vietnamese. */
    static Locale locale(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? VIETNAMESE : request.getLocale();
    }

    private void write(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }
}
