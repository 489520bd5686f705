package vn.phoihop.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;

import org.springframework.stereotype.Component;
import vn.phoihop.portal.ProvinceClock;

/**
 * Deadlines counted in working days of government offices, as legal texts state them ("trong
 * thời hạn N ngày làm việc"): the start day itself never counts, weekends and holidays are
 * skipped, and make-up Saturdays count. Public so that BPMN expressions and other features can
 * use it as the bean {@code workingDays}, e.g. {@code ${workingDays.deadline(now(), 5)}}: the name
 * is spelt out because timer expressions in {@code processes/} depend on it.
 */
@Component("workingDays")
public class WorkingDays {

    /** Offices close at 17:00; a deadline means "by the end of that working day". */
    static final LocalTime END_OF_WORKING_DAY = LocalTime.of(17, 0);

    private final HolidayCalendar calendar;

    WorkingDays(HolidayCalendar calendar) {
        this.calendar = calendar;
    }

    public boolean isWorkingDay(LocalDate day) {
        return calendar.isWorkingDay(day);
    }

    /**
     * The day on which {@code days} working days after {@code start} have passed. Zero answers
     * {@code start} unchanged, even on a day off, because "no time allowed" means "today".
     */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        var day = start;
        for (int left = days; left > 0; ) {
            day = day.plusDays(1);
            if (calendar.isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * Working days in {@code (fromExclusive, toInclusive]}, so that
     * {@code workingDaysBetween(s, addWorkingDays(s, n)) == n}. Negative when {@code toInclusive}
     * is earlier, which reads as "overdue by that many working days".
     */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        if (toInclusive.isBefore(fromExclusive)) {
            return -workingDaysBetween(toInclusive, fromExclusive);
        }
        return (int) fromExclusive.plusDays(1).datesUntil(toInclusive.plusDays(1))
                .filter(calendar::isWorkingDay)
                .count();
    }

    /**
     * 17:00 province time on the day {@code workingDays} working days after {@code start}'s
     * province date: a java.util.Date because that is what Camunda timer expressions accept.
     */
    public Date deadline(Date start, int workingDays) {
        var startDay = start.toInstant().atZone(ProvinceClock.ZONE).toLocalDate();
        var dueDay = addWorkingDays(startDay, workingDays);
        return Date.from(dueDay.atTime(END_OF_WORKING_DAY).atZone(ProvinceClock.ZONE).toInstant());
    }
}
