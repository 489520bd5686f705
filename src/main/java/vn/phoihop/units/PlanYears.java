package vn.phoihop.units;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import vn.phoihop.portal.ProvinceClock;

/** The plan years a page may show: from the standard's first year (Circular 124/2021/TT-BCA) to a few years ahead. */
public final class PlanYears {

    public static final int FIRST_YEAR = 2022;
    private static final int YEARS_AHEAD = 5;

    private PlanYears() {
    }

    public static int last() {
        return ProvinceClock.today().getYear() + YEARS_AHEAD;
    }

    /** The year asked for, this year when none; a year outside the range is a 400. */
    public static int shown(Integer asked) {
        int shown = asked == null ? ProvinceClock.today().getYear() : asked;
        if (shown < FIRST_YEAR || shown > last()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "year " + shown + " is outside " + FIRST_YEAR + "–" + last());
        }
        return shown;
    }
}
