package vn.phoihop.units.residents;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

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
import vn.phoihop.imports.ImportUpload;
import vn.phoihop.organizations.OrganizationTree;
import vn.phoihop.security.PortalUser;
import vn.phoihop.units.UnitScope;

/**
 * {@code /units/resident-groups}: the resident groups of the user's managing levels (all of them
 * for the province's coordinating divisions) with the plan's figures, and their import.
 */
@Controller
@RequestMapping(ResidentGroupController.PATH)
class ResidentGroupController {

    static final String PATH = "/units/resident-groups";

    private final ResidentGroupRepository groups;
    private final ResidentGroupProgress progress;
    private final ResidentGroupImport groupImport;
    private final UnitScope scope;
    private final OrganizationTree tree;

    ResidentGroupController(ResidentGroupRepository groups, ResidentGroupProgress progress, ResidentGroupImport groupImport,
                            UnitScope scope, OrganizationTree tree) {
        this.groups = groups;
        this.progress = progress;
        this.groupImport = groupImport;
        this.scope = scope;
        this.tree = tree;
    }

    @GetMapping
    String list(Authentication authentication, Model model, Locale locale) {
        UnitScope.Visible visible = managingScope(authentication);
        List<ResidentGroupProgress.Row> rows = progress.of(visible.all() ? null : visible.managing());
        model.addAttribute("groups", visible.all() ? groups.findAllByOrderByManagingOrganizationAscNameAsc()
                : groups.findByManagingOrganizationInOrderByManagingOrganizationAscNameAsc(visible.managing()));
        model.addAttribute("rows", rows);
        model.addAttribute("total", ResidentGroupProgress.total(rows));
        model.addAttribute("province", visible.all());
        model.addAttribute("organizationNames", tree.names(locale));
        return "units/resident-groups";
    }

    @GetMapping("/import")
    String importPage(Authentication authentication, Model model) {
        managingScope(authentication);
        model.addAttribute("columns", GroupRow.COLUMNS);
        return "units/resident-groups-import";
    }

    @PostMapping("/import")
    String upload(@RequestParam(required = false) MultipartFile file, Authentication authentication, Model model,
                  HttpServletResponse response) throws IOException {
        managingScope(authentication);
        model.addAttribute("columns", GroupRow.COLUMNS);
        ImportUpload.handle(file, (name, content) -> groupImport.run(name, content, PortalUser.of(authentication)), model, response);
        return "units/resident-groups-import";
    }

    /** The managing police and Front and the province's divisions; a unit's own people have no resident groups to keep. */
    private UnitScope.Visible managingScope(Authentication authentication) {
        UnitScope.Visible visible = scope.of(PortalUser.of(authentication));
        if (!visible.mayManageUnits()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return visible;
    }
}
