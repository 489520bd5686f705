package vn.phoihop.notifications;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedRateTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * The due check runs on Spring's scheduler every {@code phoihop.notifications.due-check-interval},
 * first one interval after start-up (the start itself has nothing due yet to announce).
 */
@Configuration
@EnableScheduling
class NotificationsConfig implements SchedulingConfigurer {

    private final DueTaskCheck dueTaskCheck;
    private final NotificationProperties properties;

    NotificationsConfig(DueTaskCheck dueTaskCheck, NotificationProperties properties) {
        this.dueTaskCheck = dueTaskCheck;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        Duration every = properties.dueCheckInterval();
        registrar.addFixedRateTask(new FixedRateTask(dueTaskCheck::scheduled, every, every));
    }
}
