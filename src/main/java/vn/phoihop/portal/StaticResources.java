package vn.phoihop.portal;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Serves the static files under the few paths they live in, instead of Spring Boot's default
 * {@code /**} (switched off with {@code spring.web.resources.add-mappings: false}). With the WebJars
 * locator on the class path every link a page builds passes through the resource chain, and under
 * {@code /**} each one, {@code /tasks/42} included, was looked up in four class-path folders: about
 * half of the task list's server time at 50 rows. Links outside these paths now skip the lookup.
 */
@Configuration
class StaticResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
        // css and js are ours; vendor holds the npm-built bpmn-js viewer (see pom.xml). A handler
        // resolves what its ** matched inside its location, hence one location per folder.
        for (String folder : new String[] {"css", "js", "vendor"}) {
            registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/");
        }
        // browsers ask for /favicon.ico on every page whatever the page links; the header shows the SVG
        registry.addResourceHandler("/favicon.ico", "/favicon.svg").addResourceLocations("classpath:/static/");
    }
}
