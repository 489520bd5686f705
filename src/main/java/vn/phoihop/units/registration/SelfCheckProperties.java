package vn.phoihop.units.registration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the monthly self-checks happen ({@code phoihop.self-checks.*}): a round opens on a day of each
 * month at an hour (province time), is due some days later, with a reminder some days before that.
 * The defaults keep the last round of a residential area (period ending 31 October) inside its period.
 *
 * @param roundDay           day of the month a round opens, 1 to 28
 * @param roundHour          hour it opens
 * @param daysToComplete     days the unit has to do it
 * @param reminderDaysBefore days before the due time that the unit is reminded
 * @param verificationDays   working days the managing level has to verify a registration
 */
@ConfigurationProperties("phoihop.self-checks")
public record SelfCheckProperties(@DefaultValue("20") int roundDay, @DefaultValue("8") int roundHour,
                                  @DefaultValue("10") int daysToComplete, @DefaultValue("3") int reminderDaysBefore,
                                  @DefaultValue("10") int verificationDays) {

    public SelfCheckProperties {
        if (roundDay < 1 || roundDay > 28 || roundHour < 0 || roundHour > 23 || daysToComplete < 1
                || reminderDaysBefore < 0 || reminderDaysBefore >= daysToComplete || verificationDays < 1) {
            throw new IllegalArgumentException("phoihop.self-checks: round-day 1-28, round-hour 0-23, days-to-complete >= 1, "
                    + "reminder-days-before below days-to-complete, verification-days >= 1");
        }
    }
}
