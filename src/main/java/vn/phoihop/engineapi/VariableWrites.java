package vn.phoihop.engineapi;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;

/**
 * Calls that write variables outside any form ({@code task/{id}/variables}, {@code message},
 * {@code process-instance/{id}/modification} ...): a user's values reach a process only through
 * a form. The answer names what the call tried to write, so a client knows which form to use.
 */
@Component
class VariableWrites {

    /** Where Camunda's request bodies carry variables. */
    private static final List<String> VARIABLE_FIELDS = List.of("variables", "modifications", "processVariables",
            "processVariablesLocal", "processVariablesToTriggeredScope", "localVariables", "correlationKeys",
            "localCorrelationKeys");

    private final JsonBodies bodies;
    private final EngineApiAnswers answers;

    VariableWrites(JsonBodies bodies, EngineApiAnswers answers) {
        this.bodies = bodies;
        this.answers = answers;
    }

    void refuse(EngineApiCall call, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        List<String> path = call.segments();
        for (int i = 0; i < path.size() - 1; i++) {
            if (path.get(i).equals("variables") || path.get(i).equals("localVariables")) {
                names.add(path.get(i + 1));
            }
        }
        JsonNode body = bodies.readOrNull(request);
        if (body != null) {
            VARIABLE_FIELDS.forEach(field -> names.addAll(TypedVariables.names(body.get(field))));
            body.path("deletions").forEach(name -> names.add(name.asText()));
        }
        if (names.isEmpty()) {
            answers.error(request, response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", "engineApi.administratorsOnly",
                    call.toString());
        } else {
            answers.variablesRefused(request, response, "engineApi.variablesOutsideForm", names);
        }
    }
}
