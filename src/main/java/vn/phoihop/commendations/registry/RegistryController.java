package vn.phoihop.commendations.registry;

import java.util.List;
import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.phoihop.documents.Downloads;
import vn.phoihop.commendations.CommendationPages;
import vn.phoihop.commendations.ProposalStatus;
import vn.phoihop.security.PortalUser;

/**
 * The commendation registry: the list with its filters and the list as a spreadsheet, both within
 * the user's {@link RegistryScope}. A proposal's own page is {@link ProposalPageController}.
 */
@Controller
class RegistryController {

    private final RegistryScope scope;
    private final RegistryQuery query;
    private final ReferenceNames names;
    private final RegistryExport export;

    RegistryController(RegistryScope scope, RegistryQuery query, ReferenceNames names, RegistryExport export) {
        this.scope = scope;
        this.query = query;
        this.names = names;
        this.export = export;
    }

    @GetMapping(CommendationPages.REGISTRY)
    String list(@RequestParam(required = false) String year, @RequestParam(required = false) String org,
                @RequestParam(required = false) String award, @RequestParam(required = false) String status,
                @RequestParam(required = false) String q, @RequestParam(required = false) String page,
                Authentication authentication, Model model, Locale locale) {
        RegistryScope.Visible visible = scope.of(PortalUser.of(authentication));
        RegistryFilter filter = RegistryFilter.of(year, org, award, status, q, page);
        List<RegistryRow> rows = query.page(filter, visible);
        var organizations = names.organizations(locale);
        model.addAttribute("filter", filter);
        model.addAttribute("rows", rows.stream().limit(RegistryQuery.PAGE_SIZE).toList());
        model.addAttribute("hasNext", rows.size() > RegistryQuery.PAGE_SIZE);
        model.addAttribute("total", query.count(filter, visible));
        model.addAttribute("years", query.years(visible));
        model.addAttribute("organizationNames", organizations);
        // a member organisation picks among its own; the filter would find nothing elsewhere
        model.addAttribute("organizationOptions", visible.all() ? organizations.keySet()
                : organizations.keySet().stream().filter(visible::covers).toList());
        model.addAttribute("awardFormNames", names.awardForms(locale));
        model.addAttribute("statuses", ProposalStatus.values());
        return "commendations/list";
    }

    @GetMapping(CommendationPages.REGISTRY + "/export.xlsx")
    ResponseEntity<byte[]> exportXlsx(@RequestParam(required = false) String year, @RequestParam(required = false) String org,
                                      @RequestParam(required = false) String award, @RequestParam(required = false) String status,
                                      @RequestParam(required = false) String q, Authentication authentication, Locale locale) {
        RegistryScope.Visible visible = scope.of(PortalUser.of(authentication));
        RegistryFilter filter = RegistryFilter.of(year, org, award, status, q, null);
        byte[] workbook = export.write(query.nominees(filter, visible, RegistryExport.MAX_ROWS + 1),
                names.organizations(locale), names.awardForms(locale), locale);
        return Downloads.of(workbook, Downloads.XLSX, "khen-thuong.xlsx");
    }

}
