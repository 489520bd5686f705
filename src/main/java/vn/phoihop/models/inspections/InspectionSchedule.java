package vn.phoihop.models.inspections;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import vn.phoihop.calendar.WorkingDays;

/** The times of an inspection from its settings: the selection's deadline, reminder and close, a remediation's day and reminder. */
@Component
@EnableConfigurationProperties(ModelInspectionProperties.class)
class InspectionSchedule {

    private final ModelInspectionProperties properties;
    private final WorkingDays workingDays;

    InspectionSchedule(ModelInspectionProperties properties, WorkingDays workingDays) {
        this.properties = properties;
        this.workingDays = workingDays;
    }

    Date selectionDueAt(Date openedAt) {
        return workingDays.deadline(openedAt, properties.selectionDays());
    }

    Date selectionRemindAt(Date openedAt) {
        return workingDays.deadline(openedAt, properties.selectionDays() - properties.selectionReminderDays());
    }

    Date selectionCloseAt(Date openedAt) {
        return workingDays.deadline(openedAt, properties.selectionDays() + properties.selectionGraceDays());
    }

    LocalDate defaultRemediationDay(LocalDate inspectedOn) {
        return inspectedOn.plusDays(properties.remediationDays());
    }

    /** Some days before the due day's end; a remediation due sooner is reminded at once. */
    Date remediationRemindAt(Instant dueAt, Instant now) {
        Instant remind = dueAt.minus(Duration.ofDays(properties.remediationReminderDays()));
        return Date.from(remind.isBefore(now) ? now : remind);
    }
}
