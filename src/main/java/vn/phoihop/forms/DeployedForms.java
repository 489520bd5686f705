package vn.phoihop.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

/**
 * The forms the engine serves from its deployments (a task's, a process's start form), each
 * deployed version parsed once rather than at every form shown or sent. A version is its text,
 * which never changes once deployed, so the text is the key; bounded, since an administrator may
 * deploy many versions.
 */
@Component
public class DeployedForms {

    private final FormSchemaParser parser;
    private final Cache<String, FormSchema> parsed = Caffeine.newBuilder().maximumSize(500).build();

    DeployedForms(FormSchemaParser parser) {
        this.parser = parser;
    }

    /** The form in {@code deployed} (closed here); {@code key} names it in a refusal. */
    public FormSchema read(InputStream deployed, String key) {
        String json;
        try (deployed) {
            json = new String(deployed.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parsed.get(key + '\n' + json, ignored -> parser.parse(json, key));
    }
}
