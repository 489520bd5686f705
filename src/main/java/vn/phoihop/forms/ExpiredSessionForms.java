package vn.phoihop.forms;

import java.io.IOException;
import java.net.URI;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Component;

/**
 * A form posted after its session expired fails the CSRF check (the token lived in the old session).
 * Instead of a bare 403, the user logs in again and lands on the same form with the values they had
 * sent; the files cannot be kept (no one is logged in to own them), which the form then says. The
 * portal's security chain uses this as its access-denied handler; anything but such a CSRF failure
 * gets the usual 403.
 *
 * <p>Only a same-origin post is carried: a cross-site page cannot plant values in someone's form.
 */
@Component
public class ExpiredSessionForms implements AccessDeniedHandler {

    /** The hidden field naming the user a form was rendered for (forms/fields.html :: unsent). */
    public static final String OWNER = "_owner";
    /** Enough for the largest form of forms/ many times over; a bigger post is not carried. */
    static final int MAX_CARRIED_CHARACTERS = 1_000_000;

    private final AccessDeniedHandler usual = new AccessDeniedHandlerImpl();
    private final RequestCache requestCache = new HttpSessionRequestCache();
    private final AuthenticationTrustResolverImpl trust = new AuthenticationTrustResolverImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (!(denied instanceof CsrfException) || !"POST".equals(request.getMethod()) || !sameOrigin(request)) {
            usual.handle(request, response, denied);
            return;
        }
        boolean loggedIn = trust.isAuthenticated(SecurityContextHolder.getContext().getAuthentication());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<FormPlace> place = FormPlace.ofPost(path);
        if (place.isEmpty()) {
            if (loggedIn) {
                usual.handle(request, response, denied);
            } else {
                backAfterLogin(request, response, refererPath(request).orElse("/"));
            }
            return;
        }
        String owner = request.getParameter(OWNER);
        Map<String, List<String>> parameters = parameters(request);
        if (owner != null && parameters != null) {
            request.getSession().setAttribute(CarriedForm.SESSION_ATTRIBUTE,
                    new CarriedForm(place.get().key(), owner, parameters, hasFiles(request)));
        }
        if (loggedIn) {
            // a token gone stale while logged in (logged out and in again in another tab)
            response.sendRedirect(request.getContextPath() + place.get().pagePath());
        } else {
            backAfterLogin(request, response, place.get().pagePath());
        }
    }

    /** To the login page; after it, Spring Security's saved request brings the user to {@code pagePath}. */
    private void backAfterLogin(HttpServletRequest request, HttpServletResponse response, String pagePath)
            throws IOException {
        requestCache.saveRequest(new PageRequest(request, pagePath), response);
        response.sendRedirect(request.getContextPath() + "/login?expired");
    }

    /** The posted fields without the token, or null when they are too many to carry. */
    private static Map<String, List<String>> parameters(HttpServletRequest request) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        long size = 0;
        for (Map.Entry<String, String[]> entry : request.getParameterMap().entrySet()) {
            if (entry.getKey().equals("_csrf") || entry.getKey().equals(OWNER)) {
                continue;
            }
            List<String> values = List.of(entry.getValue());
            size += entry.getKey().length() + values.stream().mapToLong(String::length).sum();
            parameters.put(entry.getKey(), values);
        }
        return size > MAX_CARRIED_CHARACTERS ? null : parameters;
    }

    /** Whether files were chosen; the parts are read already (attachments.MultipartLimitsFilter). */
    private static boolean hasFiles(HttpServletRequest request) {
        if (request.getContentType() == null || !request.getContentType().startsWith("multipart/")) {
            return false;
        }
        try {
            return request.getParts().stream().anyMatch(part -> part.getSubmittedFileName() != null && part.getSize() > 0);
        } catch (IOException | ServletException | IllegalStateException e) {
            return false;
        }
    }

    /** Browsers send Origin with every POST, and Sec-Fetch-Site; either must say this site. */
    private static boolean sameOrigin(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return site.equals("same-origin");
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            int port = uri.getPort() != -1 ? uri.getPort() : ("https".equals(uri.getScheme()) ? 443 : 80);
            return request.getScheme().equals(uri.getScheme()) && request.getServerName().equalsIgnoreCase(uri.getHost())
                    && request.getServerPort() == port;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Optional<String> refererPath(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(referer);
            String path = uri.getRawPath();
            String context = request.getContextPath();
            if (path == null || !path.startsWith(context + "/") || path.startsWith("//")
                    || !request.getServerName().equalsIgnoreCase(uri.getHost())) {
                return Optional.empty();
            }
            return Optional.of(path.substring(context.length()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The GET of a page, as Spring Security's request cache remembers where to go after the login. */
    private static final class PageRequest extends HttpServletRequestWrapper {

        private static final Set<String> BODY_HEADERS = Set.of("content-type", "content-length", "origin");

        private final String pagePath;

        PageRequest(HttpServletRequest request, String pagePath) {
            super(request);
            this.pagePath = pagePath;
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getRequestURI() {
            return getContextPath() + pagePath;
        }

        @Override
        public StringBuffer getRequestURL() {
            StringBuffer url = new StringBuffer(getScheme()).append("://").append(getServerName());
            boolean defaultPort = ("http".equals(getScheme()) && getServerPort() == 80)
                    || ("https".equals(getScheme()) && getServerPort() == 443);
            if (!defaultPort) {
                url.append(':').append(getServerPort());
            }
            return url.append(getRequestURI());
        }

        @Override
        public String getServletPath() {
            return pagePath;
        }

        @Override
        public String getPathInfo() {
            return null;
        }

        @Override
        public String getQueryString() {
            return null;
        }

        /** The saved request's headers are replayed on the GET: not those that describe the POST's body. */
        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(header -> !BODY_HEADERS.contains(header.toLowerCase(java.util.Locale.ROOT))).toList());
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
