package vn.phoihop.tasks;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code phoihop.tasks.*}.
 *
 * @param dueDateEditors the groups whose members may set or move a task's due date in the portal
 *                       (the leads and the leaders); others see the date only
 */
@ConfigurationProperties("phoihop.tasks")
record TaskProperties(@DefaultValue({"px05", "pttg", "police-leaders", "front-leaders"}) Set<String> dueDateEditors) {
}
