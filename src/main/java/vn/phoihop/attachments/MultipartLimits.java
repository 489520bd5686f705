package vn.phoihop.attachments;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletRegistrationBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The limits themselves are in application.yaml (server.tomcat, spring.servlet.multipart). */
@Configuration
class MultipartLimits {

    @Bean
    FilterRegistrationBean<MultipartLimitsFilter> multipartLimitsFilter(DispatcherServletRegistrationBean portalServlet,
                                                                        ServerProperties server, AttachmentService attachments) {
        var registration = new FilterRegistrationBean<>(new MultipartLimitsFilter(portalServlet.getServletName(),
                server.getTomcat().getMaxPartCount(), attachments.maxSizeInMegabytes()));
        // before Spring Security, whose CSRF check is the first to read the parts
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }
}
