package vn.phoihop.commendations;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.phoihop.security.PortalUser;

/** The administrator's page of award forms: the list, a form to add one, and editing those added here. */
@Controller
@RequestMapping(AwardFormAdminController.PATH)
class AwardFormAdminController {

    static final String PATH = "/admin/award-forms";

    private final AwardFormCatalog catalog;

    AwardFormAdminController(AwardFormCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    String list(Authentication authentication, Model model) {
        requireAdmin(authentication);
        return page(model, new AwardFormInput(), null);
    }

    @PostMapping
    String add(Authentication authentication, @ModelAttribute("form") AwardFormInput form, BindingResult errors,
               Model model, HttpServletResponse response, RedirectAttributes redirect) {
        requireAdmin(authentication);
        catalog.add(form, errors);
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, form, null);
        }
        redirect.addFlashAttribute("info", "awardForms.added");
        return "redirect:" + PATH;
    }

    @GetMapping("/{code}")
    String edit(Authentication authentication, @PathVariable String code, Model model) {
        requireAdmin(authentication);
        AwardForm award = catalog.editable(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return page(model, AwardFormInput.of(award), award.getCode());
    }

    @PostMapping("/{code}")
    String update(Authentication authentication, @PathVariable String code, @ModelAttribute("form") AwardFormInput form,
                  BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        requireAdmin(authentication);
        AwardForm award = catalog.editable(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        form.setCode(award.getCode());
        catalog.update(award, form, errors);
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, form, award.getCode());
        }
        redirect.addFlashAttribute("info", "awardForms.saved");
        return "redirect:" + PATH;
    }

    private String page(Model model, AwardFormInput form, String editing) {
        model.addAttribute("awardForms", catalog.all());
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        return "commendations/award-forms";
    }

    /** Reference data is the administrators'; others are told so rather than shown a page. */
    private static void requireAdmin(Authentication authentication) {
        if (!PortalUser.of(authentication).isAdministrator()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
