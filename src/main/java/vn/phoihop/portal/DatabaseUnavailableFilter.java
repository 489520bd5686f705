package vn.phoihop.portal;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * When the database is out of reach every page fails, the error page too: the session, the user's
 * groups and the layout's badges all live there. This filter comes before everything, the session
 * included, and answers such a failure itself: 503 with Retry-After and a page that needs nothing
 * from the database (or a JSON body for API callers), instead of the container's bare 500. Nothing
 * is lost, since nothing was committed; once the pool reaches the database again, pages work.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);
    static final int RETRY_AFTER_SECONDS = 30;
    /** SQL state class 08: connection exception (SQL standard; PostgreSQL and H2 use it). */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    /** HikariCP's message for a statement on a connection it has closed. */
    private static final String CLOSED_CONNECTION = "Connection is closed";

    private final ITemplateEngine templates;
    private final LocaleResolver locales;
    private final MessageSource messages;
    private final ObjectMapper json;

    DatabaseUnavailableFilter(ITemplateEngine templates, LocaleResolver locales, MessageSource messages, ObjectMapper json) {
        this.templates = templates;
        this.locales = locales;
        this.messages = messages;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!isDatabaseUnreachable(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("Database unreachable while answering {} {}: {}", request.getMethod(), request.getRequestURI(),
                    rootMessage(e));
            answer(request, response);
        }
    }

    /**
     * The failures a lost database shows as, depending on the moment it went: no connection to be
     * had, a connection cut while in use (SQL state class 08), or one the pool closed under a
     * transaction whose rollback then fails ("Connection is closed", without a state).
     */
    static boolean isDatabaseUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException || cause instanceof CannotGetJdbcConnectionException
                    || cause instanceof DataAccessResourceFailureException || cause instanceof JDBCConnectionException
                    || cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql && ((sql.getSQLState() != null && sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS))
                    || CLOSED_CONNECTION.equals(sql.getMessage()))) {
                return true;
            }
        }
        return false;
    }

    /** Also the error page's own dispatch: with the database gone it fails the same way. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        // Spring Security's header writer comes after this filter: the answer carries its own.
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setCharacterEncoding("UTF-8");
        Locale locale = locales.resolveLocale(request);
        if (wantsJson(request)) {
            response.setContentType("application/json");
            // in the caller's language, as the page is: a phone app or a script shows it to a person too
            String message = messages.getMessage("error.databaseUnavailable.title", null, locale) + ". "
                    + messages.getMessage("error.databaseUnavailable.retry", new Object[] {RETRY_AFTER_SECONDS}, locale);
            json.writeValue(response.getWriter(), Map.of("type", "DatabaseUnavailable", "message", message));
            return;
        }
        response.setContentType("text/html");
        Context page = new Context(locale);
        page.setVariable("retryAfter", RETRY_AFTER_SECONDS);
        templates.process("database-unavailable", page, response.getWriter());
    }

    private static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return request.getRequestURI().startsWith(request.getContextPath() + "/engine-rest")
                || request.getRequestURI().startsWith(request.getContextPath() + "/camunda/api")
                || (accept != null && accept.contains("application/json") && !accept.contains("text/html"));
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }
}
