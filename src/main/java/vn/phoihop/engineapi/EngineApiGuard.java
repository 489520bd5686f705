package vn.phoihop.engineapi;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.phoihop.security.PortalUser;

/**
 * One rule on every door into the engine (issue #8): a user who is not an administrator reaches
 * Camunda's REST API ({@code /engine-rest}) and the webapps' API ({@code /camunda/api/engine})
 * only as {@link EngineApiPolicy} allows. Steps and starts go through the same form checks as the
 * portal ({@link FormDoor}); writes of variables outside a form are refused naming the variables;
 * the user directory leaves out other people's contact data. Administrators pass unchanged.
 * Runs after Spring Security, so the caller is known and the engine already acts as them.
 */
@Component(EngineApiGuardConfig.GUARD)
class EngineApiGuard extends OncePerRequestFilter {

    /** Methods that make Jersey treat a POST as another method. */
    private static final List<String> METHOD_OVERRIDES = List.of("X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override");

    private final FormDoor forms;
    private final VariableWrites variableWrites;
    private final UserDirectory directory;
    private final EngineApiAnswers answers;

    EngineApiGuard(FormDoor forms, VariableWrites variableWrites, UserDirectory directory, EngineApiAnswers answers) {
        this.forms = forms;
        this.variableWrites = variableWrites;
        this.directory = directory;
        this.answers = answers;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof PortalUser user)) {
            // Not logged in: Spring Security and Camunda's own filters answer 401.
            chain.doFilter(request, response);
            return;
        }
        if (user.isAdministrator()) {
            chain.doFilter(request, response);
            return;
        }
        if (METHOD_OVERRIDES.stream().anyMatch(header -> request.getHeader(header) != null)) {
            answers.error(request, response, HttpServletResponse.SC_BAD_REQUEST, "MethodOverride", "engineApi.methodOverride");
            return;
        }
        Optional<EngineApiCall> call = EngineApiCall.of(request);
        if (call.isEmpty()) {
            answers.error(request, response, HttpServletResponse.SC_BAD_REQUEST, "InvalidPath", "engineApi.invalidPath");
            return;
        }
        switch (EngineApiPolicy.of(call.get(), user)) {
            case PASS -> chain.doFilter(request, response);
            case TASK_FORM -> forms.completeTask(call.get(), user, request, response);
            case START_FORM -> forms.startProcess(call.get(), user, request, response);
            case USER_DIRECTORY -> directory.answer(call.get(), user, request, response, chain);
            case VARIABLES_REFUSED -> variableWrites.refuse(call.get(), request, response);
            case ADMINISTRATORS_ONLY -> answers.error(request, response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                    "engineApi.administratorsOnly", call.get().toString());
        }
    }
}
