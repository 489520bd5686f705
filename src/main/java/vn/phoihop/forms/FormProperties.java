package vn.phoihop.forms;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code phoihop.forms.*}.
 *
 * @param unsentRetention how long a draft and the files of a refused form are kept for their user
 */
@ConfigurationProperties("phoihop.forms")
record FormProperties(@DefaultValue("P14D") Duration unsentRetention) {
}
