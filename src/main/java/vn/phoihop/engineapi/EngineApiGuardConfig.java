package vn.phoihop.engineapi;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the guard in front of both doors into the engine's API. */
@Configuration
class EngineApiGuardConfig {

    @Bean
    FilterRegistrationBean<EngineApiGuard> engineApiGuard(FormDoor forms, VariableWrites variableWrites,
                                                          UserDirectory directory, EngineApiAnswers answers) {
        var registration = new FilterRegistrationBean<>(new EngineApiGuard(forms, variableWrites, directory, answers));
        registration.addUrlPatterns(EngineApiCall.REST_PREFIX + "/*", EngineApiCall.WEBAPP_PREFIX + "/*");
        // After Spring Security (who is calling) and the webapps' single sign-on filter.
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
        return registration;
    }
}
