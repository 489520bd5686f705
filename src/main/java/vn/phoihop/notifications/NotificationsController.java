package vn.phoihop.notifications;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.phoihop.security.PortalUser;

@Controller
@RequestMapping("/notifications")
class NotificationsController {

    private final NotificationInbox inbox;

    NotificationsController(NotificationInbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    String list(Authentication authentication, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("notifications", inbox.page(PortalUser.of(authentication).id(), page));
        return "notifications/list";
    }

    /** Someone else's notification answers 404, as if it did not exist. */
    @PostMapping("/{id}/read")
    String read(Authentication authentication, @PathVariable long id) {
        if (!inbox.markRead(PortalUser.of(authentication).id(), id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/notifications";
    }

    @PostMapping("/read-all")
    String readAll(Authentication authentication) {
        inbox.markAllRead(PortalUser.of(authentication).id());
        return "redirect:/notifications";
    }
}
