package vn.phoihop.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tomcat refuses a form with more parts or parameters than server.tomcat allows before the portal sees
 * it: the forms of forms/ at their largest must stay below those limits (see application.yaml).
 */
class FormPartCountTest {

    /** _csrf, and _token on a start form. */
    private static final int HIDDEN_FIELDS = 2;
    /** Files people attach to one "multiple" picker at most, far above the 40 of the probe in #8. */
    private static final int FILES_PER_MULTIPLE_PICKER = 100;

    static Stream<Path> projectForms() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("basedir", "."), "forms"))) {
            return files.filter(file -> file.toString().endsWith(".form")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("projectForms")
    void theLargestSubmissionOfTheFormIsWithinTomcatsLimits(Path file) throws IOException {
        FormSchema form;
        try (InputStream in = Files.newInputStream(file)) {
            form = new FormSchemaParser().parse(in, file.getFileName().toString());
        }
        int fieldParts = HIDDEN_FIELDS + form.fields().stream().mapToInt(FormPartCountTest::fieldParts).sum();
        int fileParts = form.fields().stream().filter(field -> field.type() == FormComponentType.FILEPICKER)
                .mapToInt(picker -> picker.multiple() ? FILES_PER_MULTIPLE_PICKER : 1).sum();

        JsonNode tomcat = applicationYaml().path("server").path("tomcat");
        assertThat(fieldParts).as("parameters").isLessThanOrEqualTo(tomcat.path("max-parameter-count").asInt());
        assertThat(fieldParts + fileParts).as("parts").isLessThanOrEqualTo(tomcat.path("max-part-count").asInt());
    }

    /** Parameters the field sends at most; file pickers are counted as files. */
    private static int fieldParts(FormComponent field) {
        return switch (field.type()) {
            case FILEPICKER -> 0;
            case DYNAMICLIST -> field.maxItems() * (int) field.components().stream().filter(FormComponent::keyed).count();
            // one per ticked option; options from a variable are the rows of a list, at most its maxItems
            case CHECKLIST -> field.values().isEmpty() ? FormComponent.DEFAULT_MAX_ITEMS : field.values().size();
            default -> 1;
        };
    }

    private static JsonNode applicationYaml() throws IOException {
        // the first document; the demo profile's does not touch these limits
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("basedir", "."), "src/main/resources/application.yaml"))) {
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }
}
