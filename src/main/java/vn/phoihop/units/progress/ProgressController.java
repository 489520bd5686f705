package vn.phoihop.units.progress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.phoihop.documents.Downloads;
import vn.phoihop.documents.Spreadsheet;
import vn.phoihop.organizations.OrganizationTree;
import vn.phoihop.security.PortalUser;
import vn.phoihop.units.PlanYears;
import vn.phoihop.units.MovementLevel;
import vn.phoihop.units.UnitScope;
import vn.phoihop.units.recognition.RecognitionProgress;
import vn.phoihop.units.registration.RegistrationProgress;

/**
 * {@code /units/progress}: the year's registrations, monthly checks and classification per managing
 * level, for the managing levels the user manages (all of them for the province's coordinating divisions).
 */
@Controller
class ProgressController {

    private final RegistrationProgress progress;
    private final RecognitionProgress recognitions;
    private final UnitScope scope;
    private final OrganizationTree tree;

    ProgressController(RegistrationProgress progress, RecognitionProgress recognitions, UnitScope scope, OrganizationTree tree) {
        this.progress = progress;
        this.recognitions = recognitions;
        this.scope = scope;
        this.tree = tree;
    }

    @GetMapping("/units/progress")
    String progress(@RequestParam(required = false) Integer year, Authentication authentication, Model model, Locale locale) {
        UnitScope.Visible visible = scope.of(PortalUser.of(authentication));
        if (!visible.mayManageUnits()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        int shown = PlanYears.shown(year);
        List<RegistrationProgress.Row> rows = progress.of(shown, visible.all() ? null : visible.managing());
        model.addAttribute("year", shown);
        model.addAttribute("firstYear", PlanYears.FIRST_YEAR);
        model.addAttribute("lastYear", PlanYears.last());
        model.addAttribute("rows", rows);
        model.addAttribute("total", RegistrationProgress.total(rows));
        model.addAttribute("province", visible.all());
        List<RecognitionProgress.Row> levels = recognitions.of(shown, visible.all() ? null : visible.managing());
        model.addAttribute("levelRows", levels);
        model.addAttribute("levelTotal", RecognitionProgress.total(levels));
        model.addAttribute("levels", MovementLevel.values());
        model.addAttribute("organizationNames", tree.names(locale));
        return "units/progress";
    }

    /** The managing levels' registrations and monthly checks of the year, with the total, as the page shows them. */
    @GetMapping("/units/progress/export.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Integer year, Authentication authentication, Locale locale) {
        UnitScope.Visible visible = scope.of(PortalUser.of(authentication));
        if (!visible.mayManageUnits()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        int shown = PlanYears.shown(year);
        List<RegistrationProgress.Row> rows = progress.of(shown, visible.all() ? null : visible.managing());
        Map<String, String> names = tree.names(locale);
        List<List<Object>> lines = new ArrayList<>();
        for (RegistrationProgress.Row row : rows) {
            lines.add(Arrays.asList(names.getOrDefault(row.organization(), row.organization()), row.units(), row.registered(),
                    row.checksOpened(), row.onTime(), row.late()));
        }
        RegistrationProgress.Row total = RegistrationProgress.total(rows);
        lines.add(Arrays.asList("Tổng cộng", total.units(), total.registered(), total.checksOpened(), total.onTime(), total.late()));
        try (Spreadsheet workbook = new Spreadsheet()) {
            return Downloads.of(workbook.sheet("Tiến độ " + shown, List.of("Đơn vị quản lý", "Đơn vị", "Đã đăng ký", "Lượt tự kiểm tra",
                    "Đúng hạn", "Trễ hạn"), lines).bytes(), Downloads.XLSX, "tien-do-don-vi-an-toan-" + shown + ".xlsx");
        }
    }
}
