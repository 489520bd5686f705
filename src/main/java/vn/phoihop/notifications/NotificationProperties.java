package vn.phoihop.notifications;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code phoihop.notifications.*}.
 *
 * @param dueCheckInterval how often tasks due tomorrow or overdue are looked for
 *                         ({@code PHOIHOP_NOTIFICATIONS_DUE_CHECK_INTERVAL}, ISO-8601)
 * @param mailFrom         the sender of notification e-mails
 */
@ConfigurationProperties("phoihop.notifications")
record NotificationProperties(@DefaultValue("PT15M") Duration dueCheckInterval,
                              @DefaultValue("no-reply@phoihop.local") String mailFrom) {
}
