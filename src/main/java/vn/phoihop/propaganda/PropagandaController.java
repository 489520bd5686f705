package vn.phoihop.propaganda;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.phoihop.documents.Downloads;
import vn.phoihop.documents.Spreadsheet;
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
    private final MessageSource messages;

    PropagandaController(PropagandaService materials, PropagandaProgress progress, PlanReaders readers, MaterialViews views,
                         MessageSource messages) {
        this.materials = materials;
        this.progress = progress;
        this.readers = readers;
        this.views = views;
        this.messages = messages;
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

    /** Every confirmation of the year's materials the user may see, one row each: who was reached, when, how many. */
    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Integer year, Authentication authentication, Locale locale) {
        PlanReaders.Reader reader = visible(authentication);
        int shown = year != null && year >= 2000 && year <= 2100 ? year : ProvinceClock.today().getYear();
        Map<String, String> names = views.names(locale);
        List<List<Object>> rows = new ArrayList<>();
        for (Material material : materials.ofYear(shown)) {
            for (Confirmation confirmation : material.confirmations()) {
                if (reader.whole() || reader.sees(confirmation.organization())) {
                    rows.add(Arrays.asList(material.id(), material.title(), text("propaganda.topic." + material.topic().name(), locale),
                            names.getOrDefault(confirmation.organization(), confirmation.organization()),
                            text("propaganda.confirmation." + confirmation.status().name(), locale),
                            confirmation.disseminatedOn() == null ? null : confirmation.disseminatedOn().toString(),
                            confirmation.membersReached(), confirmation.confirmedOnTime() ? "Có" : "Không"));
                }
            }
        }
        try (Spreadsheet workbook = new Spreadsheet()) {
            return Downloads.of(workbook.sheet("Tuyên truyền " + shown, List.of("Mã tài liệu", "Tiêu đề", "Chủ đề", "Tổ chức nhận",
                    "Trạng thái", "Ngày tuyên truyền", "Số người được tuyên truyền", "Xác nhận đúng hạn"), rows).bytes(),
                    Downloads.XLSX, "tuyen-truyen-" + shown + ".xlsx");
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
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
