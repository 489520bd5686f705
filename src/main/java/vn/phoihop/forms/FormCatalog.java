package vn.phoihop.forms;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * All forms of the application, by form id. Loaded once at start-up so that a broken or unsupported form
 * stops the application instead of failing in front of a user.
 */
@Component
public class FormCatalog {

    static final String DEFAULT_LOCATION = "classpath*:forms/**/*.form";

    private final Map<String, FormSchema> forms;

    @Autowired
    public FormCatalog(FormSchemaParser parser) {
        this(parser, new PathMatchingResourcePatternResolver(), DEFAULT_LOCATION);
    }

    FormCatalog(FormSchemaParser parser, ResourcePatternResolver resolver, String location) {
        Map<String, FormSchema> loaded = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        Resource[] resources;
        try {
            resources = resolver.getResources(location);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list forms at " + location, e);
        }
        for (Resource resource : resources) {
            String source = describe(resource);
            FormSchema schema;
            try (InputStream in = resource.getInputStream()) {
                schema = parser.parse(in, source);
            } catch (IOException e) {
                throw new InvalidFormException(source + ": cannot be read", e);
            } catch (InvalidFormException e) {
                throw new InvalidFormException(source + ": " + e.getMessage(), e);
            }
            String previous = sources.putIfAbsent(schema.id(), source);
            if (previous != null && !previous.equals(source)) {
                throw new InvalidFormException("Form id '" + schema.id() + "' is defined twice: " + previous
                        + " and " + source);
            }
            loaded.put(schema.id(), schema);
        }
        this.forms = Collections.unmodifiableMap(loaded);
    }

    public Optional<FormSchema> find(String formId) {
        return Optional.ofNullable(formId).map(forms::get);
    }

    public Collection<FormSchema> all() {
        return forms.values();
    }

    private static String describe(Resource resource) {
        try {
            return resource.getURL().toString();
        } catch (IOException e) {
            return resource.getDescription();
        }
    }
}
