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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
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

    /**
     * The notification's link: marks it read and opens its page, or its record's page once the task
     * is finished. A GET, so that it is a plain link (new tab, long press on a phone); it changes
     * nothing but the user's own read mark. Someone else's notification answers 404.
     */
    @GetMapping("/{id}")
    String open(Authentication authentication, @PathVariable long id, RedirectAttributes redirect) {
        NotificationInbox.Opened opened = inbox.open(PortalUser.of(authentication).id(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (opened.page() == null) {
            redirect.addFlashAttribute("notificationGone", true);
            return "redirect:/notifications";
        }
        return "redirect:" + opened.page();
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
