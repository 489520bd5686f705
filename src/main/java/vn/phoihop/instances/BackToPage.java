package vn.phoihop.instances;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where a form post returns to: the page it came from (the instance page or the task page), taken
 * from the Referer but only as a path of this application, so that a forged Referer cannot send
 * users to another site.
 */
final class BackToPage {

    private BackToPage() {
    }

    static String redirect(HttpServletRequest request, String fallbackPath) {
        return "redirect:" + localPath(request.getHeader("Referer"), request.getContextPath()).orElse(fallbackPath);
    }

    private static Optional<String> localPath(String referer, String contextPath) {
        if (referer == null || referer.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(referer);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith(contextPath + "/") || path.startsWith("//")) {
                return Optional.empty();
            }
            // "redirect:" adds the context path itself
            path = path.substring(contextPath.length());
            return Optional.of(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
