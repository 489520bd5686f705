package vn.phoihop.attachments;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A request over the multipart limits fails before any controller runs; without this the user
 * would see a server error for what is their (fixable) mistake.
 */
@ControllerAdvice
class UploadTooLargeAdvice {

    private final AttachmentService attachments;

    UploadTooLargeAdvice(AttachmentService attachments) {
        this.attachments = attachments;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
    ModelAndView uploadTooLarge() {
        var page = new ModelAndView("error");
        page.addObject("status", HttpStatus.PAYLOAD_TOO_LARGE.value());
        page.addObject("detailCode", "attachment.error.tooLarge");
        page.addObject("detailArguments", new Object[] {attachments.maxSizeInMegabytes()});
        page.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
        return page;
    }
}
