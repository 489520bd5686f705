package vn.phoihop.instances;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.phoihop.security.PortalUser;

/** Posts a comment from the instance page or the task page and goes back there. */
@Controller
class InstanceCommentsController {

    private final InstanceAccess access;
    private final InstanceComments comments;

    InstanceCommentsController(InstanceAccess access, InstanceComments comments) {
        this.access = access;
        this.comments = comments;
    }

    @PostMapping("/instances/{instanceId}/comments")
    String add(@PathVariable String instanceId, @RequestParam(required = false) String taskId,
               @RequestParam(required = false) String message, Authentication authentication,
               HttpServletRequest request, RedirectAttributes redirect) {
        access.require(PortalUser.of(authentication), instanceId);
        String error = comments.add(instanceId, taskId, message);
        if (error != null) {
            // the user's text comes back into the box, so nothing typed is lost
            redirect.addFlashAttribute("commentError", error);
            redirect.addFlashAttribute("commentText", message == null ? "" : message);
        }
        return BackToPage.redirect(request, "/instances/" + instanceId) + "#comments";
    }
}
