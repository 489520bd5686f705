package vn.phoihop.organizations;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.imports.ImportReport;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.security.PortalUser;

/** The administrator's page that imports the communes and wards of 2026 (see {@link CommuneImport}). */
@Controller
@RequestMapping(CommuneImportController.PATH)
class CommuneImportController {

    static final String PATH = "/admin/communes/import";

    private final CommuneImport communeImport;
    private final OrganizationTree tree;

    CommuneImportController(CommuneImport communeImport, OrganizationTree tree) {
        this.communeImport = communeImport;
        this.tree = tree;
    }

    @GetMapping
    String page(Authentication authentication, Model model) {
        requireAdmin(authentication);
        return page(model);
    }

    @PostMapping
    String upload(@RequestParam(required = false) MultipartFile file, Authentication authentication, Model model,
                  HttpServletResponse response) throws IOException {
        requireAdmin(authentication);
        if (file == null || file.isEmpty()) {
            model.addAttribute("error", "imports.noFile");
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model);
        }
        try {
            ImportReport report = communeImport.run(file.getOriginalFilename(), file.getBytes());
            model.addAttribute("report", report);
            if (report.refused()) {
                response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            }
        } catch (SubmissionRuleException e) {
            model.addAttribute("error", e.getMessageCode());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("columns", CommuneImport.COLUMNS);
        model.addAttribute("managing", tree.managingOrganizationsOn(ProvinceClock.today()));
        return "organizations/communes-import";
    }

    /** The organisation tree is the administrators' reference data. */
    private static void requireAdmin(Authentication authentication) {
        if (!PortalUser.of(authentication).isAdministrator()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
