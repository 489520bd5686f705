package vn.phoihop.referencedata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Reads the versioned reference-data files under {@code classpath:reference/}. Each feature owns
 * its files and record types; this class only knows how to turn a YAML file into them, so that a
 * typo in a file fails start-up with the file's name rather than loading half of it.
 */
@Component
public class ReferenceDataFiles {

    private final ObjectMapper yaml = YAMLMapper.builder()
            .findAndAddModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public <T> T read(String fileName, Class<T> type) {
        var resource = new ClassPathResource("reference/" + fileName);
        try (InputStream in = resource.getInputStream()) {
            return yaml.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read reference data file reference/" + fileName + ": " + e.getMessage(), e);
        }
    }
}
