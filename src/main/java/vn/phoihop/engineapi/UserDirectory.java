package vn.phoihop.engineapi;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.util.ContentCachingResponseWrapper;
import vn.phoihop.security.Colleague;
import vn.phoihop.security.Colleagues;
import vn.phoihop.security.PortalUser;

/**
 * Camunda's user directory as a non-administrator sees it (Decree 13/2023 on personal data): the
 * people they work with, that is who shares one of their groups, by name, to hand a task over or
 * name a substitute; an e-mail address only for themselves. Camunda answers, this trims.
 */
@Component
class UserDirectory {

    private static final String EMAIL = "email";

    private final Colleagues colleagues;
    private final EngineApiAnswers answers;
    private final ObjectMapper json = new ObjectMapper();

    UserDirectory(Colleagues colleagues, EngineApiAnswers answers) {
        this.colleagues = colleagues;
        this.answers = answers;
    }

    void answer(EngineApiCall call, PortalUser user, HttpServletRequest request, HttpServletResponse response,
                FilterChain chain) throws IOException, ServletException {
        ContentCachingResponseWrapper camunda = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, camunda);
        if (camunda.getStatus() != HttpServletResponse.SC_OK || camunda.getContentSize() == 0) {
            camunda.copyBodyToResponse();
            return;
        }
        JsonNode body = json.readTree(camunda.getContentInputStream());
        Set<String> visible = new HashSet<>();
        visible.add(user.id());
        colleagues.of(user.id()).stream().map(Colleague::id).forEach(visible::add);
        camunda.resetBuffer();
        if (body instanceof ArrayNode users) {
            ArrayNode trimmed = json.createArrayNode();
            for (JsonNode profile : users) {
                if (visible.contains(profile.path("id").asText())) {
                    trimmed.add(withoutOthersEmail((ObjectNode) profile, user));
                }
            }
            answers.json(response, HttpServletResponse.SC_OK, trimmed);
        } else if (body instanceof ObjectNode profile && visible.contains(profile.path("id").asText())) {
            answers.json(response, HttpServletResponse.SC_OK, withoutOthersEmail(profile, user));
        } else {
            answers.error(request, response, HttpServletResponse.SC_NOT_FOUND, "InvalidRequestException",
                    "engineApi.userNotFound", call.segments().size() > 1 ? call.segment(1) : "");
        }
    }

    private static ObjectNode withoutOthersEmail(ObjectNode profile, PortalUser user) {
        if (!user.id().equals(profile.path("id").asText())) {
            profile.remove(EMAIL);
        }
        return profile;
    }
}
