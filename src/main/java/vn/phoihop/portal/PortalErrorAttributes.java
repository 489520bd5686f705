package vn.phoihop.portal;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * What templates/error.html is given, plus the message a filter left for the user. A filter that
 * refuses a request can only answer with a status; the error page it leads to gets the request's
 * attributes, not a model, so the message travels as a request attribute.
 */
@Component
public class PortalErrorAttributes extends DefaultErrorAttributes {

    private static final String DETAIL_CODE = "detailCode";
    private static final String DETAIL_ARGUMENTS = "detailArguments";

    /** Asks the error page that answers this request to show the message {@code code}. */
    public static void explain(HttpServletRequest request, String code, Object... arguments) {
        request.setAttribute(DETAIL_CODE, code);
        request.setAttribute(DETAIL_ARGUMENTS, arguments);
    }

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        Object code = request.getAttribute(DETAIL_CODE, RequestAttributes.SCOPE_REQUEST);
        if (code != null) {
            attributes.put(DETAIL_CODE, code);
            attributes.put(DETAIL_ARGUMENTS, request.getAttribute(DETAIL_ARGUMENTS, RequestAttributes.SCOPE_REQUEST));
        }
        return attributes;
    }
}
