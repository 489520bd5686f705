package vn.phoihop.imports;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;
import vn.phoihop.forms.SubmissionRuleException;

/**
 * An import page's POST: the uploaded file through its import, and on the page's model the report
 * (422 when rows were refused) or why the file itself was refused (400: none, unreadable, not UTF-8).
 */
public final class ImportUpload {

    /** An import of one file's bytes. */
    @FunctionalInterface
    public interface Run {
        ImportReport run(String fileName, byte[] content);
    }

    private ImportUpload() {
    }

    public static void handle(MultipartFile file, Run run, Model model, HttpServletResponse response) throws IOException {
        if (file == null || file.isEmpty()) {
            refuse(model, response, "imports.noFile");
            return;
        }
        try {
            ImportReport report = run.run(file.getOriginalFilename(), file.getBytes());
            model.addAttribute("report", report);
            if (report.refused()) {
                response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            }
        } catch (SubmissionRuleException e) {
            refuse(model, response, e.getMessageCode());
        }
    }

    private static void refuse(Model model, HttpServletResponse response, String messageCode) {
        model.addAttribute("error", messageCode);
        response.setStatus(HttpStatus.BAD_REQUEST.value());
    }
}
