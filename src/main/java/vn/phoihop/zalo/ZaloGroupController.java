package vn.phoihop.zalo;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.phoihop.documents.Downloads;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.imports.ImportUpload;
import vn.phoihop.organizations.Organization;
import vn.phoihop.organizations.OrganizationTree;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.security.PortalUser;

/**
 * The Zalo groups registry {@code /zalo-groups}: the list with the latest member counts and their
 * total, a group's page with its join link (a phone opens it in Zalo), its counts over time and a
 * form to add today's, create, edit, deactivate, reactivate, import and export, within
 * {@link ZaloGroupScope}. Nothing is posted to Zalo from here.
 */
@Controller
@RequestMapping(ZaloGroupController.PATH)
class ZaloGroupController {

    static final String PATH = "/zalo-groups";

    private final ZaloGroupRegistry registry;
    private final ZaloGroupScope scope;
    private final ZaloGroupExport export;
    private final ZaloGroupImport groupImport;
    private final ZaloGrowth growth;
    private final OrganizationTree tree;

    ZaloGroupController(ZaloGroupRegistry registry, ZaloGroupScope scope, ZaloGroupExport export, ZaloGroupImport groupImport,
                        ZaloGrowth growth, OrganizationTree tree) {
        this.growth = growth;
        this.registry = registry;
        this.scope = scope;
        this.export = export;
        this.groupImport = groupImport;
        this.tree = tree;
    }

    @GetMapping
    String list(@RequestParam(required = false) String org, @RequestParam(required = false) String level,
                @RequestParam(required = false) Boolean active, @RequestParam(required = false) String q,
                Authentication authentication, Model model, Locale locale) {
        ZaloGroupScope.Visible visible = visibleTo(authentication);
        List<ZaloGroup> groups = registry.list(PortalUser.of(authentication), org, level, active, q);
        model.addAttribute("groups", groups);
        model.addAttribute("totalMembers", groups.stream().mapToInt(group -> group.latestCount().map(MemberCount::members).orElse(0)).sum());
        model.addAttribute("org", org);
        model.addAttribute("level", level);
        model.addAttribute("active", active);
        model.addAttribute("q", q);
        model.addAttribute("listMax", ZaloGroupRegistry.LIST_MAX);
        model.addAttribute("mayManage", visible.mayManageGroups());
        if (visible.all()) {
            model.addAttribute("growth", growth.of(ProvinceClock.today().getYear()));
        }
        return choices(model, visible, locale, "zalo/list");
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> exportXlsx(@RequestParam(required = false) String org, @RequestParam(required = false) String level,
                                      @RequestParam(required = false) Boolean active, @RequestParam(required = false) String q,
                                      Authentication authentication, Locale locale) {
        visibleTo(authentication);
        return Downloads.of(export.write(registry.list(PortalUser.of(authentication), org, level, active, q), locale), Downloads.XLSX,
                "nhom-zalo.xlsx");
    }

    @GetMapping("/new")
    String newGroup(Authentication authentication, Model model, Locale locale) {
        return formPage(model, new ZaloGroupForm(), null, managerOf(authentication), locale);
    }

    @PostMapping
    String create(@ModelAttribute("form") ZaloGroupForm form, BindingResult errors, Authentication authentication, Model model,
                  HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        ZaloGroupScope.Visible visible = managerOf(authentication);
        try {
            ZaloGroup created = registry.create(form.values(), PortalUser.of(authentication));
            redirect.addFlashAttribute("info", "zalo.created");
            return "redirect:" + PATH + "/" + created.getId();
        } catch (ZaloGroupRejectedException e) {
            rejectAll(errors, e.problems());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return formPage(model, form, null, visible, locale);
        }
    }

    @GetMapping("/import")
    String importPage(Authentication authentication, Model model) {
        managerOf(authentication);
        model.addAttribute("columns", ZaloGroupColumns.ALL);
        return "zalo/import";
    }

    @PostMapping("/import")
    String upload(@RequestParam(required = false) MultipartFile file, Authentication authentication, Model model,
                  HttpServletResponse response) throws IOException {
        managerOf(authentication);
        model.addAttribute("columns", ZaloGroupColumns.ALL);
        ImportUpload.handle(file, (name, content) -> groupImport.run(name, content, PortalUser.of(authentication)), model, response);
        return "zalo/import";
    }

    @GetMapping("/{id}")
    String show(@PathVariable String id, Authentication authentication, Model model, Locale locale) {
        ZaloGroupScope.Visible visible = visibleTo(authentication);
        ZaloGroup group = registry.visible(id, PortalUser.of(authentication)).orElseThrow(() -> new ZaloGroupNotFoundException(id));
        return formPage(model, ZaloGroupForm.of(group), group, visible, locale);
    }

    @PostMapping("/{id}")
    String update(@PathVariable String id, @ModelAttribute("form") ZaloGroupForm form, BindingResult errors, Authentication authentication,
                  Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        return change(id, form, errors, authentication, model, response, redirect, locale,
                () -> registry.update(id, version(form.getVersion()), form.values(), PortalUser.of(authentication)), "zalo.saved");
    }

    @PostMapping("/{id}/count")
    String count(@PathVariable String id, @RequestParam(required = false) Long version, @RequestParam(required = false) String members,
                 @RequestParam(required = false) String countedOn, Authentication authentication, Model model,
                 HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        model.addAttribute("countMembers", members);
        model.addAttribute("countOn", countedOn);
        return change(id, null, null, authentication, model, response, redirect, locale, () -> registry.count(id, version(version),
                countedOn == null || countedOn.isBlank() ? ProvinceClock.today() : ZaloGroupRules.date(countedOn),
                wholeNumber(members), PortalUser.of(authentication)), "zalo.counted");
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable String id, @RequestParam(required = false) Long version, @RequestParam(required = false) String reason,
                      Authentication authentication, Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        model.addAttribute("reason", reason);
        return change(id, null, null, authentication, model, response, redirect, locale,
                () -> registry.deactivate(id, version(version), reason, PortalUser.of(authentication)), "zalo.deactivated");
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@PathVariable String id, @RequestParam(required = false) Long version, Authentication authentication,
                      Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        return change(id, null, null, authentication, model, response, redirect, locale,
                () -> registry.reactivate(id, version(version), PortalUser.of(authentication)), "zalo.reactivated");
    }

    private String change(String id, ZaloGroupForm typed, BindingResult errors, Authentication authentication, Model model,
                          HttpServletResponse response, RedirectAttributes redirect, Locale locale, Supplier<ZaloGroup> action, String done) {
        ZaloGroupScope.Visible visible = visibleTo(authentication);
        PortalUser user = PortalUser.of(authentication);
        ZaloGroup current = registry.visible(id, user).orElseThrow(() -> new ZaloGroupNotFoundException(id));
        if (!visible.mayManage(current.getOrganization())) {
            throw new ZaloGroupForbiddenException();
        }
        try {
            action.get();
            redirect.addFlashAttribute("info", done);
            return "redirect:" + PATH + "/" + id;
        } catch (ZaloGroupRejectedException e) {
            rejectAll(errors, e.problems());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } catch (SubmissionRuleException e) {
            model.addAttribute("error", e.getMessageCode());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } catch (StaleZaloGroupException | ObjectOptimisticLockingFailureException e) {
            model.addAttribute("error", "zalo.stale");
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        ZaloGroup now = registry.visible(id, user).orElse(current);
        return formPage(model, typed != null ? typed : ZaloGroupForm.of(now), now, visible, locale);
    }

    private String formPage(Model model, ZaloGroupForm form, ZaloGroup group, ZaloGroupScope.Visible visible, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("group", group);
        model.addAttribute("today", ProvinceClock.today());
        model.addAttribute("mayManage", group == null ? visible.mayManageGroups() : visible.mayManage(group.getOrganization()));
        return choices(model, visible, locale, "zalo/form");
    }

    private String choices(Model model, ZaloGroupScope.Visible visible, Locale locale, String view) {
        model.addAttribute("navSection", "zalo");
        model.addAttribute("levels", ZaloGroupLevel.values());
        model.addAttribute("organizationNames", tree.names(locale));
        model.addAttribute("organizationOptions", tree.actingOrganizationsOn(ProvinceClock.today()).stream().map(Organization::getCode)
                .filter(visible::mayManage).toList());
        return view;
    }

    private static Integer wholeNumber(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new SubmissionRuleException("zalo.rule.count");
        }
    }

    private static void rejectAll(BindingResult errors, List<ZaloGroupRules.Problem> problems) {
        for (ZaloGroupRules.Problem problem : problems) {
            errors.rejectValue(problem.field(), problem.code(), problem.arguments(), problem.code());
        }
    }

    private static long version(Long version) {
        if (version == null) {
            throw new SubmissionRuleException("zalo.error.noVersion");
        }
        return version;
    }

    private ZaloGroupScope.Visible visibleTo(Authentication authentication) {
        ZaloGroupScope.Visible visible = scope.of(PortalUser.of(authentication));
        if (!visible.seesAnything()) {
            throw new ZaloGroupForbiddenException();
        }
        return visible;
    }

    private ZaloGroupScope.Visible managerOf(Authentication authentication) {
        ZaloGroupScope.Visible visible = visibleTo(authentication);
        if (!visible.mayManageGroups()) {
            throw new ZaloGroupForbiddenException();
        }
        return visible;
    }
}
