package vn.phoihop.units;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.phoihop.imports.ImportUpload;
import vn.phoihop.security.PortalUser;

/** The import page: a file in, the report out (all or nothing, see {@link UnitImport}). */
@Controller
class UnitImportController {

    static final String PATH = UnitController.PATH + "/import";

    private final UnitImport unitImport;
    private final UnitScope scope;

    UnitImportController(UnitImport unitImport, UnitScope scope) {
        this.unitImport = unitImport;
        this.scope = scope;
    }

    @GetMapping(PATH)
    String page(Authentication authentication, Model model) {
        requireManager(authentication);
        model.addAttribute("columns", UnitColumns.ALL);
        return "units/import";
    }

    @PostMapping(PATH)
    String upload(@RequestParam(required = false) MultipartFile file, Authentication authentication, Model model,
                  HttpServletResponse response) throws IOException {
        requireManager(authentication);
        model.addAttribute("columns", UnitColumns.ALL);
        ImportUpload.handle(file, (name, content) -> unitImport.run(name, content, PortalUser.of(authentication)), model, response);
        return "units/import";
    }

    private void requireManager(Authentication authentication) {
        if (!scope.of(PortalUser.of(authentication)).mayManageUnits()) {
            throw new UnitForbiddenException();
        }
    }
}
