package vn.phoihop.commendations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import vn.phoihop.forms.FormComponent;
import vn.phoihop.forms.FormOption;
import vn.phoihop.forms.FormSchemaParser;

/** The record names a proposal's source with the words the proposer chose it by (issue #10, finding 11). */
class SourceLabelsTest {

    @Test
    void theRecordNamesEverySourceAsTheProposalFormDoes() throws IOException {
        Properties vietnamese = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/messages_vi.properties"))) {
            vietnamese.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (String form : new String[] {"commendation-proposal", "commendation-revision"}) {
            FormComponent source;
            try (InputStream json = Files.newInputStream(Path.of("forms", form + ".form"))) {
                source = new FormSchemaParser().parse(json, form).fields().stream()
                        .filter(field -> "source".equals(field.key())).findFirst().orElseThrow();
            }
            assertThat(source.values()).isNotEmpty();
            for (FormOption option : source.values()) {
                assertThat(vietnamese.getProperty("commendation.source." + option.value()))
                        .as(form + ": " + option.value()).isEqualTo(option.label());
            }
        }
    }
}
