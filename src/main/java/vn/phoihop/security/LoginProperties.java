package vn.phoihop.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code phoihop.login.*}.
 *
 * @param wrongPasswordPause how long a wrong password is answered late; the demo profile sets it,
 *                           production relies on Camunda's account lock instead ({@link LoginThrottle})
 */
@ConfigurationProperties("phoihop.login")
record LoginProperties(@DefaultValue("0s") Duration wrongPasswordPause) {
}
