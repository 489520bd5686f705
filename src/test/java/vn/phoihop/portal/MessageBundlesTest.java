package vn.phoihop.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * A key missing from one language is shown to its users as the raw key (or Spring's fallback to
 * the other language), and nothing else notices; this test does.
 */
class MessageBundlesTest {

    private static final String VIETNAMESE = "messages_vi.properties";
    private static final String ENGLISH = "messages_en.properties";

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Set<String> vietnamese = load(VIETNAMESE).stringPropertyNames();
        Set<String> english = load(ENGLISH).stringPropertyNames();

        assertThat(missing(vietnamese, english)).as("keys of %s missing from %s", VIETNAMESE, ENGLISH).isEmpty();
        assertThat(missing(english, vietnamese)).as("keys of %s missing from %s", ENGLISH, VIETNAMESE).isEmpty();
    }

    @Test
    void noMessageIsBlank() throws IOException {
        for (String bundle : new String[] {VIETNAMESE, ENGLISH}) {
            Properties messages = load(bundle);
            Set<String> blank = messages.stringPropertyNames().stream()
                    .filter(key -> messages.getProperty(key).isBlank())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(blank).as("blank messages in %s", bundle).isEmpty();
        }
    }

    private static Set<String> missing(Set<String> from, Set<String> in) {
        Set<String> missing = new TreeSet<>(from);
        missing.removeAll(in);
        return missing;
    }

    /** UTF-8, as Spring Boot reads the bundles (spring.messages.encoding), not ISO-8859-1 as Properties would. */
    private static Properties load(String bundle) throws IOException {
        var stream = MessageBundlesTest.class.getClassLoader().getResourceAsStream(bundle);
        assertThat(stream).as(bundle + " on the classpath").isNotNull();
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            Properties messages = new Properties();
            messages.load(reader);
            return messages;
        }
    }
}
