package vn.phoihop.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.phoihop.referencedata.ReferenceDataFiles;

/**
 * The days off and make-up working days of {@code reference/holidays.yaml}. Read once at start-up
 * so that a malformed or contradictory file stops the application instead of silently shifting
 * every deadline; editing the file therefore needs a restart.
 */
@Component
class HolidayCalendar {

    private static final Logger log = LoggerFactory.getLogger(HolidayCalendar.class);
    static final String FILE = "holidays.yaml";

    private final Set<LocalDate> holidays = new HashSet<>();
    private final Set<LocalDate> workingWeekendDays = new HashSet<>();
    private final Set<Integer> coveredYears = new HashSet<>();
    // A year missing from the file is an administrator's omission, not a reason to stop a timer,
    // so it is reported once per year rather than on every date looked up.
    private final Map<Integer, Boolean> warnedYears = new ConcurrentHashMap<>();

    HolidayCalendar(ReferenceDataFiles files) {
        var file = files.read(FILE, HolidayRow.File.class);
        for (var row : nonNull(file.holidays())) {
            for (var day : days(row)) {
                holidays.add(day);
                coveredYears.add(day.getYear());
            }
        }
        for (var row : nonNull(file.workingDays())) {
            if (row.until() != null) {
                throw invalid(row, "a working day is a single date; 'until' is not allowed");
            }
            var day = row.date();
            if (!isWeekend(day)) {
                throw invalid(row, "only a Saturday or Sunday can be made a working day; " + day + " already is one");
            }
            if (holidays.contains(day)) {
                throw invalid(row, day + " is listed both as a holiday and as a working day");
            }
            workingWeekendDays.add(day);
        }
    }

    boolean isWorkingDay(LocalDate day) {
        warnIfNotCovered(day.getYear());
        if (holidays.contains(day)) {
            return false;
        }
        return !isWeekend(day) || workingWeekendDays.contains(day);
    }

    boolean covers(int year) {
        return coveredYears.contains(year);
    }

    private void warnIfNotCovered(int year) {
        if (!coveredYears.contains(year) && warnedYears.putIfAbsent(year, Boolean.TRUE) == null) {
            log.warn("reference/{} lists no holidays for {}; working days in {} skip weekends only", FILE, year, year);
        }
    }

    private static boolean isWeekend(LocalDate day) {
        var dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }

    private static List<LocalDate> days(HolidayRow row) {
        if (row.date() == null || row.name() == null || row.name().isBlank()) {
            throw invalid(row, "every entry needs a date and a name");
        }
        var last = row.until() == null ? row.date() : row.until();
        if (last.isBefore(row.date())) {
            throw invalid(row, "'until' is before 'date'");
        }
        // A typo such as 2025 → 2052 in 'until' would otherwise make decades of days off.
        if (last.isAfter(row.date().plusDays(15))) {
            throw invalid(row, "a holiday range longer than two weeks is surely a typo");
        }
        return row.date().datesUntil(last.plusDays(1)).toList();
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static IllegalStateException invalid(HolidayRow row, String problem) {
        return new IllegalStateException("reference/" + FILE + ": " + problem + " (" + row + ")");
    }
}
