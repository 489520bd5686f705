package vn.phoihop.modeler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A deployment through {@code /engine-rest} (the desktop Camunda Modeler's door) goes in the administrators'
 * audit like one from {@code /admin/processes}: who, which files, and the deployment or the refusal's report.
 * The request's body is only read back from what the engine's REST resource has read itself, never parsed
 * ahead of it.
 */
@Configuration
class EngineRestDeployAudit {

    private static final int BODY_KEPT = 1024 * 1024;
    private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]+)\"");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> engineRestDeployAuditFilter(ProcessAdministration administration, ObjectMapper json) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (!"POST".equals(request.getMethod()) || !request.getRequestURI().endsWith("/deployment/create")) {
                    chain.doFilter(request, response);
                    return;
                }
                var body = new ContentCachingRequestWrapper(request, BODY_KEPT);
                var answer = new ContentCachingResponseWrapper(response);
                try {
                    chain.doFilter(body, answer);
                } finally {
                    byte[] answered = answer.getContentAsByteArray();
                    answer.copyBodyToResponse();
                    if (body.getUserPrincipal() != null) {
                        record(body, answer.getStatus(), answered, administration, json);
                    }
                }
            }
        });
        registration.addUrlPatterns("/engine-rest/deployment/create", "/engine-rest/engine/*/deployment/create");
        // after Spring Security's chain, which has authenticated the caller
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
        return registration;
    }

    /** An anonymous caller is refused before the engine sees anything: only an authenticated one is audited. */
    private static void record(ContentCachingRequestWrapper request, int status, byte[] answered,
                               ProcessAdministration administration, ObjectMapper json) {
        Set<String> files = new LinkedHashSet<>();
        Matcher names = FILE_NAME.matcher(new String(request.getContentAsByteArray(), StandardCharsets.UTF_8));
        while (names.find()) {
            files.add(names.group(1));
        }
        String target = "/engine-rest: " + (files.isEmpty() ? "?" : String.join(", ", files));
        String actor = request.getUserPrincipal().getName();
        if (status / 100 == 2) {
            administration.recordDeployment(actor, target, "deployment " + field(json, answered, "id"));
        } else {
            administration.recordRefusedDeployment(actor, target, "HTTP " + status + ": " + field(json, answered, "message"));
        }
    }

    /** A field of the engine's JSON answer; an answer that is not JSON (an error page) is kept as text. */
    private static String field(ObjectMapper json, byte[] answered, String name) {
        try {
            return json.readTree(answered).path(name).asText();
        } catch (IOException notJson) {
            return new String(answered, StandardCharsets.UTF_8);
        }
    }
}
