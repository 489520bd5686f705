package vn.phoihop.notifications;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.phoihop.security.PortalUser;

/** The unread count for the badge in the layout, on every page of a logged-in user. */
@ControllerAdvice
class UnreadNotificationsAdvice {

    private final NotificationInbox inbox;

    UnreadNotificationsAdvice(NotificationInbox inbox) {
        this.inbox = inbox;
    }

    @ModelAttribute("unreadNotifications")
    Long unreadNotifications(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof PortalUser user
                ? inbox.unread(user.id()) : null;
    }
}
