package vn.phoihop.notifications;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The due check runs on Spring's scheduler; nothing else in the product schedules yet. */
@Configuration
@EnableScheduling
class NotificationsConfig {
}
