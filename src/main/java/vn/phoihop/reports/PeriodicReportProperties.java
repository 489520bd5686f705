package vn.phoihop.reports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the periodic reports ({@code phoihop.periodic-reports.*}).
 *
 * @param cycle         when the reports open: one Quartz cron of Camunda's timer start event, in the server's time
 *                      zone (Camunda 7 allows one timer start per process); default 10 June and 10 November at 08:00,
 *                      so that the yearly report reaches the province's year-end conference
 * @param yearReportFromMonth a report the schedule opens from this month on is the yearly one, before it the six-monthly
 * @param dueDays       working days the organisations have to submit when the schedule opens a report
 * @param reminderDays  days before the due day when an organisation that has not submitted is reminded
 * @param graceDays     working days after the due day when the report is consolidated without the missing parts
 * @param place         the place written before the date on the report ("Tây Ninh, ngày …")
 */
@ConfigurationProperties("phoihop.periodic-reports")
public record PeriodicReportProperties(@DefaultValue("0 0 8 10 6,11 ?") String cycle,
                                       @DefaultValue("7") int yearReportFromMonth,
                                       @DefaultValue("10") int dueDays,
                                       @DefaultValue("2") int reminderDays,
                                       @DefaultValue("5") int graceDays,
                                       @DefaultValue("Tây Ninh") String place) {

    public PeriodicReportProperties {
        if (yearReportFromMonth < 1 || yearReportFromMonth > 12 || dueDays < 1 || reminderDays < 0 || graceDays < 0) {
            throw new IllegalArgumentException("phoihop.periodic-reports: 1 ≤ yearReportFromMonth ≤ 12, dueDays ≥ 1, reminderDays ≥ 0, graceDays ≥ 0");
        }
    }
}
