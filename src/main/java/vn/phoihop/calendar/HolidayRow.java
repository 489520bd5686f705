package vn.phoihop.calendar;

import java.time.LocalDate;
import java.util.List;

/** One line of {@code reference/holidays.yaml}; {@code until} is absent for a single day. */
record HolidayRow(LocalDate date, LocalDate until, String name) {

    record File(List<HolidayRow> holidays, List<HolidayRow> workingDays) {
    }
}
