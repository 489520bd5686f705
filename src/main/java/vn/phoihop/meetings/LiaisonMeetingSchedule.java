package vn.phoihop.meetings;

import java.time.Instant;
import java.util.Date;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import vn.phoihop.calendar.WorkingDays;

/**
 * The times of a meeting from its settings: the monthly start's cron (the model's timer start event
 * reads {@code ${liaisonMeetingSchedule.cycle}}, evaluated when the model is deployed and after each
 * firing), the updates' deadline, reminder and close, an action's reminder.
 */
@Component("liaisonMeetingSchedule")
@EnableConfigurationProperties(LiaisonMeetingProperties.class)
public class LiaisonMeetingSchedule {

    private final LiaisonMeetingProperties properties;
    private final WorkingDays workingDays;

    LiaisonMeetingSchedule(LiaisonMeetingProperties properties, WorkingDays workingDays) {
        this.properties = properties;
        this.workingDays = workingDays;
    }

    public String getCycle() {
        return properties.cycle();
    }

    Date updatesDueAt(Date openedAt) {
        return workingDays.deadline(openedAt, properties.updateDays());
    }

    Date updatesRemindAt(Date openedAt) {
        return workingDays.deadline(openedAt, properties.updateDays() - properties.reminderDays());
    }

    Date updatesCloseAt(Date openedAt) {
        return workingDays.deadline(openedAt, properties.updateDays() + properties.graceDays());
    }

    /** Some days before the due day's end; an action due sooner is reminded at once. */
    Date actionRemindAt(Instant dueAt, Instant now) {
        Instant remind = dueAt.minus(java.time.Duration.ofDays(properties.actionReminderDays()));
        return Date.from(remind.isBefore(now) ? now : remind);
    }

    String minutesIssuer() {
        return properties.minutesIssuer();
    }

    String place() {
        return properties.place();
    }
}
