package vn.phoihop.units;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.security.PortalUser;

/**
 * The criteria a unit of a kind is checked and scored on in a year, for whoever works with units:
 * what a unit is asked every month and at year end, and what the province changed for next year.
 */
@Controller
@RequestMapping("/units/criteria")
class CriteriaController {

    /** Years a page may ask for: the standard dates from 2022 (Circular 124/2021/TT-BCA). */
    private static final int FIRST_YEAR = 2022;
    private static final int YEARS_AHEAD = 5;

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
        int thisYear = ProvinceClock.today().getYear();
        int shown = year == null ? thisYear : year;
        if (shown < FIRST_YEAR || shown > thisYear + YEARS_AHEAD) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "year " + shown + " is outside " + FIRST_YEAR + "–" + (thisYear + YEARS_AHEAD));
        }
        model.addAttribute("kinds", UnitKind.values());
        model.addAttribute("kind", kind);
        model.addAttribute("year", shown);
        model.addAttribute("firstYear", FIRST_YEAR);
        model.addAttribute("lastYear", thisYear + YEARS_AHEAD);
        model.addAttribute("checklist", criteria.checklist(kind, shown));
        model.addAttribute("sheet", criteria.scoringSheet(kind, shown));
        return "units/criteria";
    }

}
