package vn.phoihop.portal;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * /error is where the container sends its error dispatches. Asked for directly it has no error to
 * show, and Spring Boot answered 500 as if the server had failed; it is an address like any
 * unknown one, so 404, on the portal's error page.
 */
@Configuration
class DirectErrorRequests {

    @Bean
    FilterRegistrationBean<Filter> directErrorRequestsNotFound(ServerProperties server) {
        Filter notFound = (request, response, chain) -> ((HttpServletResponse) response).sendError(HttpServletResponse.SC_NOT_FOUND);
        var registration = new FilterRegistrationBean<>(notFound);
        registration.addUrlPatterns(server.getError().getPath());
        // REQUEST only: the error dispatches reach /error as ERROR and keep their status
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }
}
