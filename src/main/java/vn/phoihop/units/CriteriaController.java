package vn.phoihop.units;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.phoihop.security.PortalUser;

/**
 * The criteria a unit of a kind is checked and scored on in a year, for whoever works with units:
 * what a unit is asked every month and at year end, and what the province changed for next year.
 */
@Controller
@RequestMapping("/units/criteria")
class CriteriaController {

    private final SafeUnitCriteria criteria;
    private final UnitScope scope;

    CriteriaController(SafeUnitCriteria criteria, UnitScope scope) {
        this.criteria = criteria;
        this.scope = scope;
    }

    @GetMapping
    String criteria(@RequestParam(defaultValue = "RESIDENTIAL_AREA") UnitKind kind,
                    @RequestParam(required = false) Integer year, Authentication authentication, Model model) {
        if (!scope.of(PortalUser.of(authentication)).seesAnything()) {
            throw new UnitForbiddenException();
        }
        int shown = PlanYears.shown(year);
        model.addAttribute("kinds", UnitKind.values());
        model.addAttribute("kind", kind);
        model.addAttribute("year", shown);
        model.addAttribute("firstYear", PlanYears.FIRST_YEAR);
        model.addAttribute("lastYear", PlanYears.last());
        model.addAttribute("checklist", criteria.checklist(kind, shown));
        model.addAttribute("sheet", criteria.scoringSheet(kind, shown));
        return "units/criteria";
    }

}
