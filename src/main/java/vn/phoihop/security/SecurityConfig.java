package vn.phoihop.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

import java.util.Map;

/**
 * Two doors, one user store. {@code /engine-rest} takes HTTP Basic on every request and keeps no
 * session (so it needs no CSRF token); everything else, the portal and Camunda's webapps, uses the
 * form login and its session, with CSRF protection on every form.
 */
@Configuration
class SecurityConfig {

    /**
     * Only the portal's own files run or style a page: no inline script or style (the templates hold
     * none, NoInlineCodeInTemplatesTest keeps it so). data: is for the images that Bootstrap's and
     * bpmn-js's CSS embed and for bpmn-js's embedded font. Camunda's webapps under /camunda/** get
     * none of it: their HttpHeaderSecurity filter sends their own policy, and a second one would
     * apply on top of it.
     */
    static final String PORTAL_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /**
     * The administrators' model editors (dmn-js, the properties panel) size and place their elements with
     * style attributes they set themselves: on that page alone inline styles are allowed, never inline script.
     */
    static final String MODEL_EDITOR_PATH = "/admin/processes/edit";
    static final String MODEL_EDITOR_CONTENT_SECURITY_POLICY = PORTAL_CONTENT_SECURITY_POLICY
            .replace("style-src 'self';", "style-src 'self' 'unsafe-inline';");

    /** The portal uses none of these browser features; no page, nor anything injected into one, may ask. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), bluetooth=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), display-capture=()";

    @Bean
    @Order(1)
    SecurityFilterChain engineRestSecurity(HttpSecurity http, IdentityService identityService) throws Exception {
        // A path matcher, not an MVC one: the REST API is served by Jersey, outside the DispatcherServlet.
        return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("phoi-hop"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .addFilterAfter(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class)
                .build();
    }

    /**
     * The metrics for Prometheus: scraped with HTTP Basic by an administrator's account (a scraper has no
     * login form), never public: they name the processes and count the work.
     */
    @Bean
    @Order(0)
    SecurityFilterChain metricsSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/actuator/prometheus"))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAuthority(Groups.CAMUNDA_ADMIN))
                .httpBasic(basic -> basic.realmName("phoi-hop"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain portalSecurity(HttpSecurity http, IdentityService identityService,
                                       AccessDeniedHandler expiredSessionForms) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/favicon.svg", "/error",
                                "/actuator/health/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?error"))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                // Camunda's webapps send their own CSRF token (X-XSRF-TOKEN) checked by their own filter.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/camunda/api/**"))
                // A form posted after the session expired fails the CSRF check: log in again and land on the
                // same form with its values (forms.ExpiredSessionForms); any other refusal stays a 403.
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(expiredSessionForms))
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin())
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(new OrRequestMatcher(paths.matcher("/camunda/**"), paths.matcher(MODEL_EDITOR_PATH))),
                                new ContentSecurityPolicyHeaderWriter(PORTAL_CONTENT_SECURITY_POLICY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(paths.matcher(MODEL_EDITOR_PATH),
                                new ContentSecurityPolicyHeaderWriter(MODEL_EDITOR_CONTENT_SECURITY_POLICY)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)))
                .addFilterAfter(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class)
                .build();
    }

    /** Single sign-on into Cockpit, Tasklist and Admin: they trust the user Spring Security has logged in. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappSingleSignOn() {
        var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of("authentication-provider", ContainerBasedAuthenticationProvider.class.getName()));
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        // after the Spring Security filter chain, whose wrapped request carries the user principal
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
