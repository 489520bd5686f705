package vn.phoihop.substitutes;

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
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.security.PortalUser;
import vn.phoihop.security.Colleagues;
import vn.phoihop.security.Colleague;

@Controller
@RequestMapping("/substitutes")
class SubstitutesController {

    private final Substitutions substitutions;
    private final Colleagues colleagues;

    SubstitutesController(Substitutions substitutions, Colleagues colleagues) {
        this.substitutions = substitutions;
        this.colleagues = colleagues;
    }

    @GetMapping
    String page(Authentication authentication, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new SubstitutionForm());
        }
        String userId = PortalUser.of(authentication).id();
        model.addAttribute("mine", substitutions.mine(userId));
        model.addAttribute("forMe", substitutions.forMe(userId));
        var colleagueList = colleagues.of(userId);
        model.addAttribute("colleagues", colleagueList);
        // Both sides of a substitution are colleagues, so this names every row on the page.
        model.addAttribute("names", colleagueList.stream().collect(java.util.stream.Collectors.toMap(Colleague::id, Colleague::name)));
        model.addAttribute("today", ProvinceClock.today());
        return "substitutes/list";
    }

    @PostMapping
    String create(Authentication authentication, @ModelAttribute("form") SubstitutionForm form, BindingResult errors,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        substitutions.create(PortalUser.of(authentication).id(), form, errors);
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(authentication, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/substitutes";
    }

    @PostMapping("/{id}/delete")
    String delete(Authentication authentication, @PathVariable long id, RedirectAttributes redirect) {
        if (!substitutions.delete(PortalUser.of(authentication).id(), id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("deleted", true);
        return "redirect:/substitutes";
    }
}
