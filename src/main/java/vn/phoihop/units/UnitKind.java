package vn.phoihop.units;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The kinds of unit the safe-unit standard applies to (Circular 124/2021/TT-BCA), each with the
 * end of its evaluation period: residential areas are evaluated from 1 November to 31 October,
 * the others from 16 November to 15 November (DESIGN.md §5).
 */
public enum UnitKind {
    /** Khu dân cư: ấp, khu phố. */
    RESIDENTIAL_AREA(MonthDay.of(10, 31)),
    /** Xã, phường, thị trấn. */
    COMMUNE(MonthDay.of(11, 15)),
    /** Cơ quan. */
    AGENCY(MonthDay.of(11, 15)),
    /** Doanh nghiệp. */
    ENTERPRISE(MonthDay.of(11, 15)),
    /** Cơ sở giáo dục. */
    SCHOOL(MonthDay.of(11, 15));

    private final MonthDay periodEnd;

    UnitKind(MonthDay periodEnd) {
        this.periodEnd = periodEnd;
    }

    /** The period evaluated for the year: from the day after the end in the previous year to the end in this one. */
    public EvaluationPeriod evaluationPeriod(int year) {
        LocalDate end = periodEnd.atYear(year);
        return new EvaluationPeriod(periodEnd.atYear(year - 1).plusDays(1), end);
    }

    /** The plan year whose evaluation period contains the day: a residential area registering on 5 November 2026 does so for 2027. */
    public int planYearOn(LocalDate day) {
        return day.isAfter(periodEnd.atYear(day.getYear())) ? day.getYear() + 1 : day.getYear();
    }
}
