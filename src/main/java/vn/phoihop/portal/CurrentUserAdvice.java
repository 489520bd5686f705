package vn.phoihop.portal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.phoihop.security.PortalUser;

/** Gives the layout the logged-in user on every page (null on the login page) and the menu entry to mark. */
@ControllerAdvice
class CurrentUserAdvice {

    @ModelAttribute("currentUser")
    PortalUser currentUser(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof PortalUser user ? user : null;
    }

    @ModelAttribute("navSection")
    String navSection(HttpServletRequest request) {
        return NavSection.of(request.getRequestURI().substring(request.getContextPath().length()));
    }
}
