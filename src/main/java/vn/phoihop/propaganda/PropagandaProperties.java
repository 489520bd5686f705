package vn.phoihop.propaganda;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the propaganda materials ({@code phoihop.propaganda.*}).
 *
 * @param confirmReminderDays calendar days before a confirmation's day when an organisation that has not confirmed is reminded
 */
@ConfigurationProperties("phoihop.propaganda")
public record PropagandaProperties(@DefaultValue("2") int confirmReminderDays) {

    public PropagandaProperties {
        if (confirmReminderDays < 0) {
            throw new IllegalArgumentException("phoihop.propaganda.confirm-reminder-days ≥ 0");
        }
    }
}
