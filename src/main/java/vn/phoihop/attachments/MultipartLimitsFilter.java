package vn.phoihop.attachments;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.fileupload.impl.FileCountLimitExceededException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import vn.phoihop.portal.PortalErrorAttributes;

/**
 * Reads the parts of a portal form before Spring Security does, so that a form over the multipart
 * limits gets the portal's error page saying which limit. Otherwise Tomcat's parse fails silently,
 * the CSRF check finds no token and answers 403, and the error page fails on the same parse: a bare
 * 403 for a form with too many files, however legitimate.
 */
class MultipartLimitsFilter extends OncePerRequestFilter {

    private final StandardServletMultipartResolver multipart = new StandardServletMultipartResolver();
    private final String portalServletName;
    private final int maxParts;
    private final long maxFileMegabytes;

    MultipartLimitsFilter(String portalServletName, int maxParts, long maxFileMegabytes) {
        this.portalServletName = portalServletName;
        this.maxParts = maxParts;
        this.maxFileMegabytes = maxFileMegabytes;
    }

    /** The REST servlets (engine-rest, Camunda's webapps) read multipart bodies themselves, from the stream. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !portalServletName.equals(request.getHttpServletMapping().getServletName()) || !multipart.isMultipart(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParts();
        } catch (IllegalStateException | IOException | ServletException e) {
            refuse(request, response, e);
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, Exception failure) throws IOException {
        if (causedBy(failure, FileCountLimitExceededException.class)) {
            PortalErrorAttributes.explain(request, "attachment.error.tooManyParts", String.valueOf(maxParts));
            response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
        } else if (causedBy(failure, SizeException.class)) {
            PortalErrorAttributes.explain(request, "attachment.error.tooLarge", maxFileMegabytes);
            response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
        } else {
            response.sendError(HttpStatus.BAD_REQUEST.value());
        }
        // Marks the failure as a multipart one: the DispatcherServlet then renders the error page
        // without parsing the parts again, which would fail the error page too.
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new MultipartException("Refused multipart request", failure));
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
