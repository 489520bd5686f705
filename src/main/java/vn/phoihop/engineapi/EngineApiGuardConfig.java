package vn.phoihop.engineapi;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts the guard in front of both doors into the engine's API. Through a proxy, so that the guard
 * and the engine behind it are created with the other beans, not while the web server starts.
 */
@Configuration
class EngineApiGuardConfig {

    static final String GUARD = "engineApiGuard";

    @Bean
    DelegatingFilterProxyRegistrationBean engineApiGuardRegistration() {
        var registration = new DelegatingFilterProxyRegistrationBean(GUARD);
        registration.addUrlPatterns(EngineApiCall.REST_PREFIX + "/*", EngineApiCall.WEBAPP_PREFIX + "/*");
        // After Spring Security (who is calling) and the webapps' single sign-on filter.
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
        return registration;
    }
}
