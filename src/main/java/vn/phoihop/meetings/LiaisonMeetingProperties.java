package vn.phoihop.meetings;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the liaison meetings ({@code phoihop.liaison-meetings.*}).
 *
 * @param cycle              when the monthly meeting opens: a Quartz cron expression of Camunda's timer start event,
 *                           in the server's time zone (default the 1st of each month at 08:00)
 * @param updateDays         working days the member organisations have to send their update
 * @param reminderDays       working days before that deadline when a member that has not sent it is reminded
 * @param graceDays          working days after the deadline when the minutes are taken up without the missing updates
 * @param actionReminderDays calendar days before an action's due day when its organisation is reminded
 * @param minutesIssuer      the issuer part of the minutes' number ({@code 03/BB-PX05-PTTG}), numbered per year
 * @param place              the place written before the date on the minutes ("Tây Ninh, ngày …")
 */
@ConfigurationProperties("phoihop.liaison-meetings")
public record LiaisonMeetingProperties(@DefaultValue("0 0 8 1 * ?") String cycle,
                                       @DefaultValue("5") int updateDays,
                                       @DefaultValue("1") int reminderDays,
                                       @DefaultValue("3") int graceDays,
                                       @DefaultValue("2") int actionReminderDays,
                                       @DefaultValue("PX05-PTTG") String minutesIssuer,
                                       @DefaultValue("Tây Ninh") String place) {

    public LiaisonMeetingProperties {
        if (updateDays < 1 || reminderDays < 0 || reminderDays >= updateDays || graceDays < 0 || actionReminderDays < 0) {
            throw new IllegalArgumentException("phoihop.liaison-meetings: updateDays ≥ 1, 0 ≤ reminderDays < updateDays, "
                    + "graceDays ≥ 0, actionReminderDays ≥ 0");
        }
    }
}
