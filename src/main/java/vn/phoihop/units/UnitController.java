package vn.phoihop.units;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.phoihop.documents.Downloads;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.organizations.Organization;
import vn.phoihop.organizations.OrganizationTree;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.security.PortalUser;

/**
 * The units registry: the list with filters and its spreadsheet, a form to create a unit and one
 * to edit, deactivate or reactivate it, all within the user's {@link UnitScope}. A refused form
 * comes back with the values typed and a 4xx; a stale one (changed by someone else) with 409.
 */
@Controller
@RequestMapping(UnitController.PATH)
class UnitController {

    static final String PATH = "/units";

    private final UnitScope scope;
    private final UnitQuery query;
    private final UnitRegistry registry;
    private final UnitRules rules;
    private final UnitExport export;
    private final OrganizationTree tree;
    private final List<UnitPageSection> sections;

    UnitController(UnitScope scope, UnitQuery query, UnitRegistry registry, UnitRules rules, UnitExport export,
                   OrganizationTree tree, List<UnitPageSection> sections) {
        this.sections = sections;
        this.scope = scope;
        this.query = query;
        this.registry = registry;
        this.rules = rules;
        this.export = export;
        this.tree = tree;
    }

    @GetMapping
    String list(@RequestParam(required = false) String kind, @RequestParam(required = false) String org,
                @RequestParam(required = false) String active, @RequestParam(required = false) String q,
                Authentication authentication, Model model, Locale locale) {
        UnitScope.Visible visible = visibleTo(authentication);
        UnitFilter filter = UnitFilter.of(kind, org, active, q);
        model.addAttribute("filter", filter);
        model.addAttribute("units", query.find(filter, visible, UnitQuery.LIST_MAX));
        model.addAttribute("total", query.count(filter, visible));
        model.addAttribute("listMax", UnitQuery.LIST_MAX);
        model.addAttribute("kinds", UnitKind.values());
        model.addAttribute("organizationNames", tree.names(locale));
        model.addAttribute("organizationOptions", managingOptions(visible));
        model.addAttribute("mayManage", visible.mayManageUnits());
        return "units/list";
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> exportXlsx(@RequestParam(required = false) String kind, @RequestParam(required = false) String org,
                                      @RequestParam(required = false) String active, @RequestParam(required = false) String q,
                                      Authentication authentication, Locale locale) {
        UnitScope.Visible visible = visibleTo(authentication);
        byte[] workbook = export.write(query.find(UnitFilter.of(kind, org, active, q), visible, UnitQuery.EXPORT_MAX), locale);
        return Downloads.of(workbook, Downloads.XLSX, "don-vi.xlsx");
    }

    @GetMapping("/new")
    String newUnit(Authentication authentication, Model model, Locale locale) {
        UnitScope.Visible visible = managerOf(authentication);
        return formPage(model, new UnitForm(), null, visible, locale, null);
    }

    @PostMapping
    String create(@ModelAttribute("form") UnitForm form, BindingResult errors, Authentication authentication,
                  Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        UnitScope.Visible visible = managerOf(authentication);
        try {
            Unit unit = registry.create(form.values(), PortalUser.of(authentication));
            redirect.addFlashAttribute("info", "units.created");
            return "redirect:" + PATH + "/" + unit.getCode();
        } catch (UnitRejectedException e) {
            rejectAll(errors, e.problems());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return formPage(model, form, null, visible, locale, null);
        }
    }

    @GetMapping("/{code}")
    String show(@PathVariable String code, Authentication authentication, Model model, Locale locale) {
        UnitScope.Visible visible = visibleTo(authentication);
        Unit unit = registry.visible(code, PortalUser.of(authentication)).orElseThrow(() -> new UnitNotFoundException(code));
        return formPage(model, UnitForm.of(unit), unit, visible, locale, PortalUser.of(authentication));
    }

    @PostMapping("/{code}")
    String update(@PathVariable String code, @ModelAttribute("form") UnitForm form, BindingResult errors,
                  Authentication authentication, Model model, HttpServletResponse response,
                  RedirectAttributes redirect, Locale locale) {
        return change(code, form, errors, authentication, model, response, redirect, locale,
                () -> registry.update(code, version(form.getVersion()), form.values(), PortalUser.of(authentication)), "units.saved");
    }

    @PostMapping("/{code}/deactivate")
    String deactivate(@PathVariable String code, @RequestParam(required = false) Long version,
                      @RequestParam(required = false) String reason, Authentication authentication, Model model,
                      HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        model.addAttribute("reason", reason);
        return change(code, null, null, authentication, model, response, redirect, locale,
                () -> registry.deactivate(code, version(version), reason, PortalUser.of(authentication)), "units.deactivated");
    }

    @PostMapping("/{code}/reactivate")
    String reactivate(@PathVariable String code, @RequestParam(required = false) Long version, Authentication authentication,
                      Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        return change(code, null, null, authentication, model, response, redirect, locale,
                () -> registry.reactivate(code, version(version), PortalUser.of(authentication)), "units.reactivated");
    }

    /** One change of an existing unit: saved and shown again, or the page again with why not. */
    private String change(String code, UnitForm typed, BindingResult errors, Authentication authentication, Model model,
                          HttpServletResponse response, RedirectAttributes redirect, Locale locale,
                          java.util.function.Supplier<Unit> action, String done) {
        UnitScope.Visible visible = visibleTo(authentication);
        Unit current = registry.visible(code, PortalUser.of(authentication)).orElseThrow(() -> new UnitNotFoundException(code));
        UnitForm form = typed != null ? typed : UnitForm.of(current);
        try {
            action.get();
            redirect.addFlashAttribute("info", done);
            return "redirect:" + PATH + "/" + code;
        } catch (UnitRejectedException e) {
            rejectAll(errors, e.problems());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } catch (SubmissionRuleException e) {
            model.addAttribute("error", e.getMessageCode());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } catch (StaleUnitException | ObjectOptimisticLockingFailureException e) {
            model.addAttribute("error", "units.stale");
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        return formPage(model, form, registry.visible(code, PortalUser.of(authentication)).orElse(current), visible, locale,
                PortalUser.of(authentication));
    }

    private String formPage(Model model, UnitForm form, Unit unit, UnitScope.Visible visible, Locale locale, PortalUser viewer) {
        model.addAttribute("form", form);
        model.addAttribute("unit", unit);
        model.addAttribute("year", ProvinceClock.today().getYear());
        model.addAttribute("kinds", UnitKind.values());
        model.addAttribute("organizationNames", tree.names(locale));
        model.addAttribute("organizationOptions", managingOptions(visible));
        model.addAttribute("mayManage", unit == null ? visible.mayManageUnits() : visible.manages(unit));
        model.addAttribute("sections", unit == null ? List.of()
                : sections.stream().map(section -> new UnitPageSection.Shown(section.template(), section.data(unit, viewer))).toList());
        return "units/form";
    }

    /** The managing organisations in force today that the user may choose. */
    private List<String> managingOptions(UnitScope.Visible visible) {
        return rules.managingToday().stream().map(Organization::getCode).filter(visible::mayManage).toList();
    }

    private static void rejectAll(BindingResult errors, List<UnitRules.Problem> problems) {
        for (UnitRules.Problem problem : problems) {
            errors.rejectValue(problem.field(), problem.code(), problem.arguments(), problem.code());
        }
    }

    private static long version(Long version) {
        if (version == null) {
            throw new SubmissionRuleException("units.error.noVersion");
        }
        return version;
    }

    private UnitScope.Visible visibleTo(Authentication authentication) {
        UnitScope.Visible visible = scope.of(PortalUser.of(authentication));
        if (!visible.seesAnything()) {
            throw new UnitForbiddenException();
        }
        return visible;
    }

    private UnitScope.Visible managerOf(Authentication authentication) {
        UnitScope.Visible visible = visibleTo(authentication);
        if (!visible.mayManageUnits()) {
            throw new UnitForbiddenException();
        }
        return visible;
    }
}
