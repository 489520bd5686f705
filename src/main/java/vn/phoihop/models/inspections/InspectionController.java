package vn.phoihop.models.inspections;

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
import vn.phoihop.organizations.OrganizationTree;
import vn.phoihop.organizations.PlanReaders;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.security.PortalUser;

/**
 * The model inspections {@code /models/inspections}: the year's inspections with progress against the
 * plan's target, and an inspection's page. An announced result is for every user (the plan asks that
 * it reach all models); before that the record is for those who read the plan whole.
 */
@Controller
@RequestMapping(InspectionController.PATH)
class InspectionController {

    static final String PATH = "/models/inspections";

    private final InspectionService inspections;
    private final InspectionProgress progress;
    private final PlanReaders readers;
    private final InspectionViews views;
    private final OrganizationTree organizations;
    private final MessageSource messages;

    InspectionController(InspectionService inspections, InspectionProgress progress, PlanReaders readers, InspectionViews views,
                         OrganizationTree organizations, MessageSource messages) {
        this.inspections = inspections;
        this.progress = progress;
        this.readers = readers;
        this.views = views;
        this.organizations = organizations;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, Authentication authentication, Model model) {
        PlanReaders.Reader reader = readers.of(PortalUser.of(authentication));
        int shown = year != null && year >= 2000 && year <= 2100 ? year : ProvinceClock.today().getYear();
        model.addAttribute("navSection", "models");
        model.addAttribute("year", shown);
        model.addAttribute("inspections", inspections.ofYear(shown).stream()
                .filter(inspection -> InspectionView.readable(inspection, reader)).toList());
        model.addAttribute("whole", reader.whole());
        model.addAttribute("progress", progress.of(shown));
        return "models/inspections";
    }

    /** Every member organisation's selection in the year's inspections the user may see, with its remediations. */
    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Integer year, Authentication authentication, Locale locale) {
        PlanReaders.Reader reader = readers.of(PortalUser.of(authentication));
        int shown = year != null && year >= 2000 && year <= 2100 ? year : ProvinceClock.today().getYear();
        Map<String, String> names = organizations.names(locale);
        List<List<Object>> rows = new ArrayList<>();
        for (ModelInspection inspection : inspections.ofYear(shown)) {
            if (!InspectionView.readable(inspection, reader)) {
                continue;
            }
            for (ModelSelection selection : inspection.selections()) {
                if (reader.whole() || reader.sees(selection.organization())) {
                    List<Remediation> remediations = inspection.remediations().stream()
                            .filter(remediation -> remediation.organization().equals(selection.organization())).toList();
                    rows.add(Arrays.asList(inspection.id(), names.getOrDefault(selection.organization(), selection.organization()),
                            messages.getMessage("models.inspections.selection." + selection.status().name(), null, locale),
                            selection.modelId(), remediations.size(),
                            remediations.stream().filter(remediation -> remediation.status() == RemediationStatus.DONE).count()));
                }
            }
        }
        try (Spreadsheet workbook = new Spreadsheet()) {
            return Downloads.of(workbook.sheet("Kiểm tra mô hình " + shown, List.of("Đợt kiểm tra", "Tổ chức", "Trạng thái",
                    "Mô hình", "Hạn chế phải khắc phục", "Đã khắc phục"), rows).bytes(), Downloads.XLSX, "kiem-tra-mo-hinh-" + shown + ".xlsx");
        }
    }

    @GetMapping("/{id}")
    String page(@PathVariable String id, Authentication authentication, Model model, Locale locale) {
        PlanReaders.Reader reader = readers.of(PortalUser.of(authentication));
        ModelInspection inspection = inspections.find(id).filter(found -> InspectionView.readable(found, reader))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("navSection", "models");
        model.addAttribute("view", views.of(inspection, reader, locale));
        return "models/inspection";
    }
}
