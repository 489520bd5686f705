package vn.phoihop.instances;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.phoihop.attachments.AttachmentContent;
import vn.phoihop.attachments.AttachmentRejectedException;
import vn.phoihop.attachments.AttachmentService;
import vn.phoihop.security.PortalUser;

/** Upload of a file to an instance (outside any form) and download of an instance's files. */
@Controller
class InstanceAttachmentsController {

    private final InstanceAccess access;
    private final AttachmentService attachments;

    InstanceAttachmentsController(InstanceAccess access, AttachmentService attachments) {
        this.access = access;
        this.attachments = attachments;
    }

    @PostMapping("/instances/{instanceId}/attachments")
    String upload(@PathVariable String instanceId, @RequestParam(required = false) String taskId,
                  @RequestParam(required = false) MultipartFile file, Authentication authentication,
                  HttpServletRequest request, RedirectAttributes redirect) {
        PortalUser user = PortalUser.of(authentication);
        access.require(user, instanceId);
        try {
            attachments.store(user, instanceId, taskId, null, file);
        } catch (AttachmentRejectedException e) {
            redirect.addFlashAttribute("attachmentError", e.getMessageCode());
            redirect.addFlashAttribute("attachmentErrorArguments", e.getMessageArguments());
        }
        return BackToPage.redirect(request, "/instances/" + instanceId) + "#attachments";
    }

    @GetMapping("/attachments/{id}")
    ResponseEntity<byte[]> download(@PathVariable String id, Authentication authentication) {
        AttachmentContent file = attachments.open(id).orElseThrow(InstanceNotFoundException::new);
        access.require(PortalUser.of(authentication), file.info().processInstanceId());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.info().contentType()))
                .contentLength(file.bytes().length)
                // always a download, never rendered by the browser in our origin
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.info().fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.bytes());
    }
}
