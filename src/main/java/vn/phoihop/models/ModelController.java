package vn.phoihop.models;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import vn.phoihop.organizations.MovementModelTypeRepository;
import vn.phoihop.organizations.Organization;
import vn.phoihop.organizations.OrganizationTree;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.security.PortalUser;

/**
 * The movement models registry {@code /models}: the list with filters and its spreadsheet, a form to
 * create a model and one to edit, deactivate or reactivate it, the import, all within the user's
 * {@link ModelScope}. A refused form comes back with the values typed and a 400; a stale one with 409.
 */
@Controller
@RequestMapping(ModelController.PATH)
class ModelController {

    static final String PATH = "/models";

    private final ModelRegistry registry;
    private final ModelScope scope;
    private final ModelExport export;
    private final ModelImport modelImport;
    private final MovementModelTypeRepository types;
    private final OrganizationTree tree;

    ModelController(ModelRegistry registry, ModelScope scope, ModelExport export, ModelImport modelImport,
                    MovementModelTypeRepository types, OrganizationTree tree) {
        this.registry = registry;
        this.scope = scope;
        this.export = export;
        this.modelImport = modelImport;
        this.types = types;
        this.tree = tree;
    }

    @GetMapping
    String list(@RequestParam(required = false) String type, @RequestParam(required = false) String sponsor,
                @RequestParam(required = false) Boolean active, @RequestParam(required = false) String q,
                Authentication authentication, Model model, Locale locale) {
        ModelScope.Visible visible = visibleTo(authentication);
        model.addAttribute("models", registry.list(PortalUser.of(authentication), type, sponsor, active, q));
        model.addAttribute("type", type);
        model.addAttribute("sponsor", sponsor);
        model.addAttribute("active", active);
        model.addAttribute("q", q);
        model.addAttribute("listMax", ModelRegistry.LIST_MAX);
        model.addAttribute("mayManage", visible.mayManageModels());
        return choices(model, visible, locale, "models/list");
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> exportXlsx(@RequestParam(required = false) String type, @RequestParam(required = false) String sponsor,
                                      @RequestParam(required = false) Boolean active, @RequestParam(required = false) String q,
                                      Authentication authentication, Locale locale) {
        visibleTo(authentication);
        return Downloads.of(export.write(registry.list(PortalUser.of(authentication), type, sponsor, active, q), typeNames(
                Locale.forLanguageTag("vi")), locale), Downloads.XLSX, "mo-hinh.xlsx");
    }

    @GetMapping("/new")
    String newModel(Authentication authentication, Model model, Locale locale) {
        return formPage(model, new ModelForm(), null, managerOf(authentication), locale);
    }

    @PostMapping
    String create(@ModelAttribute("form") ModelForm form, BindingResult errors, Authentication authentication, Model model,
                  HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        ModelScope.Visible visible = managerOf(authentication);
        try {
            MovementModel created = registry.create(form.values(), PortalUser.of(authentication));
            redirect.addFlashAttribute("info", "models.created");
            return "redirect:" + PATH + "/" + created.getId();
        } catch (ModelRejectedException e) {
            rejectAll(errors, e.problems());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return formPage(model, form, null, visible, locale);
        }
    }

    @GetMapping("/import")
    String importPage(Authentication authentication, Model model) {
        managerOf(authentication);
        model.addAttribute("columns", ModelColumns.ALL);
        return "models/import";
    }

    @PostMapping("/import")
    String upload(@RequestParam(required = false) MultipartFile file, Authentication authentication, Model model,
                  HttpServletResponse response) throws IOException {
        managerOf(authentication);
        model.addAttribute("columns", ModelColumns.ALL);
        ImportUpload.handle(file, (name, content) -> modelImport.run(name, content, PortalUser.of(authentication)), model, response);
        return "models/import";
    }

    @GetMapping("/{id}")
    String show(@PathVariable String id, Authentication authentication, Model model, Locale locale) {
        ModelScope.Visible visible = visibleTo(authentication);
        MovementModel shown = registry.visible(id, PortalUser.of(authentication)).orElseThrow(() -> new ModelNotFoundException(id));
        return formPage(model, ModelForm.of(shown), shown, visible, locale);
    }

    @PostMapping("/{id}")
    String update(@PathVariable String id, @ModelAttribute("form") ModelForm form, BindingResult errors, Authentication authentication,
                  Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        return change(id, form, errors, authentication, model, response, redirect, locale,
                () -> registry.update(id, version(form.getVersion()), form.values(), PortalUser.of(authentication)), "models.saved");
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable String id, @RequestParam(required = false) Long version, @RequestParam(required = false) String reason,
                      Authentication authentication, Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        model.addAttribute("reason", reason);
        return change(id, null, null, authentication, model, response, redirect, locale,
                () -> registry.deactivate(id, version(version), reason, PortalUser.of(authentication)), "models.deactivated");
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@PathVariable String id, @RequestParam(required = false) Long version, Authentication authentication,
                      Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        return change(id, null, null, authentication, model, response, redirect, locale,
                () -> registry.reactivate(id, version(version), PortalUser.of(authentication)), "models.reactivated");
    }

    /** One change of an existing model: saved and shown again, or the page again with why not. */
    private String change(String id, ModelForm typed, BindingResult errors, Authentication authentication, Model model,
                          HttpServletResponse response, RedirectAttributes redirect, Locale locale, Supplier<MovementModel> action,
                          String done) {
        ModelScope.Visible visible = visibleTo(authentication);
        PortalUser user = PortalUser.of(authentication);
        MovementModel current = registry.visible(id, user).orElseThrow(() -> new ModelNotFoundException(id));
        if (!visible.mayManage(current.getSponsor())) {
            throw new ModelForbiddenException();
        }
        try {
            action.get();
            redirect.addFlashAttribute("info", done);
            return "redirect:" + PATH + "/" + id;
        } catch (ModelRejectedException e) {
            rejectAll(errors, e.problems());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } catch (SubmissionRuleException e) {
            model.addAttribute("error", e.getMessageCode());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } catch (StaleModelException | ObjectOptimisticLockingFailureException e) {
            model.addAttribute("error", "models.stale");
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        MovementModel now = registry.visible(id, user).orElse(current);
        return formPage(model, typed != null ? typed : ModelForm.of(now), now, visible, locale);
    }

    private String formPage(Model model, ModelForm form, MovementModel shown, ModelScope.Visible visible, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("record", shown);
        model.addAttribute("mayManage", shown == null ? visible.mayManageModels() : visible.mayManage(shown.getSponsor()));
        return choices(model, visible, locale, "models/form");
    }

    private String choices(Model model, ModelScope.Visible visible, Locale locale, String view) {
        model.addAttribute("navSection", "models");
        model.addAttribute("typeNames", typeNames(locale));
        model.addAttribute("organizationNames", tree.names(locale));
        model.addAttribute("sponsorOptions", tree.actingOrganizationsOn(ProvinceClock.today()).stream().map(Organization::getCode)
                .filter(visible::mayManage).toList());
        return view;
    }

    private Map<String, String> typeNames(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        types.findAllByOrderBySortOrder().forEach(type -> names.put(type.getCode(), type.name(locale)));
        return names;
    }

    private static void rejectAll(BindingResult errors, List<ModelRules.Problem> problems) {
        for (ModelRules.Problem problem : problems) {
            errors.rejectValue(problem.field(), problem.code(), problem.arguments(), problem.code());
        }
    }

    private static long version(Long version) {
        if (version == null) {
            throw new SubmissionRuleException("models.error.noVersion");
        }
        return version;
    }

    private ModelScope.Visible visibleTo(Authentication authentication) {
        ModelScope.Visible visible = scope.of(PortalUser.of(authentication));
        if (!visible.seesAnything()) {
            throw new ModelForbiddenException();
        }
        return visible;
    }

    private ModelScope.Visible managerOf(Authentication authentication) {
        ModelScope.Visible visible = visibleTo(authentication);
        if (!visible.mayManageModels()) {
            throw new ModelForbiddenException();
        }
        return visible;
    }
}
