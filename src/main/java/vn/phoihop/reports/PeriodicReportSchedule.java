package vn.phoihop.reports;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import vn.phoihop.calendar.WorkingDays;
import vn.phoihop.portal.ProvinceClock;

/**
 * The times of a periodic report from its settings: the cron the schedule's timer start event reads
 * ({@code ${periodicReportSchedule.cycle}}, evaluated when the model is deployed and after each
 * firing), the due day of a scheduled report, the reminder and the day reporting closes.
 */
@Component("periodicReportSchedule")
@EnableConfigurationProperties(PeriodicReportProperties.class)
public class PeriodicReportSchedule {

    private final PeriodicReportProperties properties;
    private final WorkingDays workingDays;

    PeriodicReportSchedule(PeriodicReportProperties properties, WorkingDays workingDays) {
        this.properties = properties;
        this.workingDays = workingDays;
    }

    public String getCycle() {
        return properties.cycle();
    }

    /** The report the schedule opens now: the yearly one from the configured month on, the six-monthly before it. */
    public String getPeriodNow() {
        return (ProvinceClock.today().getMonthValue() >= properties.yearReportFromMonth() ? ReportPeriod.YEAR : ReportPeriod.HALF_YEAR).name();
    }

    /** The due day of a report the schedule opens now. */
    LocalDate scheduledDueOn() {
        return workingDays.addWorkingDays(ProvinceClock.today(), properties.dueDays());
    }

    /** Some days before the due day's end; now when that is already past. */
    Date remindAt(Instant dueAt) {
        Instant remind = dueAt.minus(Duration.ofDays(properties.reminderDays()));
        Instant now = ProvinceClock.now();
        return Date.from(remind.isBefore(now) ? now : remind);
    }

    /** The end of the working day some working days after the due day: reporting closes, missing parts stay missing. */
    Date closeAt(LocalDate dueOn) {
        return workingDays.deadline(Date.from(dueOn.atStartOfDay(ProvinceClock.ZONE).toInstant()), properties.graceDays());
    }

    String place() {
        return properties.place();
    }
}
