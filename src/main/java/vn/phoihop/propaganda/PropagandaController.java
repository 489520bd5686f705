package vn.phoihop.propaganda;

import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.phoihop.organizations.PlanReaders;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.security.PortalUser;

/**
 * The propaganda materials {@code /propaganda}: the year's materials with the plan's figures, and a
 * material's page with its reach per organisation and in total. Those who read the plan whole see
 * everything; a receiving organisation the materials sent to it, its own confirmation and its own
 * groups' links.
 */
@Controller
@RequestMapping("/propaganda")
class PropagandaController {

    private final PropagandaService materials;
    private final PropagandaProgress progress;
    private final PlanReaders readers;
    private final MaterialViews views;

    PropagandaController(PropagandaService materials, PropagandaProgress progress, PlanReaders readers, MaterialViews views) {
        this.materials = materials;
        this.progress = progress;
        this.readers = readers;
        this.views = views;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, Authentication authentication, Model model, Locale locale) {
        PlanReaders.Reader reader = visible(authentication);
        int shown = year != null && year >= 2000 && year <= 2100 ? year : ProvinceClock.today().getYear();
        List<Material> listed = materials.ofYear(shown).stream().filter(material -> MaterialView.readable(material, reader)).toList();
        model.addAttribute("navSection", "propaganda");
        model.addAttribute("year", shown);
        model.addAttribute("materials", listed);
        model.addAttribute("whole", reader.whole());
        if (reader.whole()) {
            model.addAttribute("progress", progress.of(shown));
        }
        model.addAttribute("names", views.names(locale));
        return "propaganda/list";
    }

    @GetMapping("/{id}")
    String page(@PathVariable String id, Authentication authentication, Model model, Locale locale) {
        PlanReaders.Reader reader = visible(authentication);
        Material material = materials.find(id).filter(found -> MaterialView.readable(found, reader))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("navSection", "propaganda");
        model.addAttribute("view", views.of(material, reader, locale));
        return "propaganda/page";
    }

    private PlanReaders.Reader visible(Authentication authentication) {
        PlanReaders.Reader reader = readers.of(PortalUser.of(authentication));
        if (!reader.seesAnything()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return reader;
    }
}
