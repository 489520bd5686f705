package vn.phoihop.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The portal's Content-Security-Policy runs no inline script and applies no inline style: a template
 * with either would render fine in a test and be silently broken in the browser.
 */
class NoInlineCodeInTemplatesTest {

    private static final List<Pattern> INLINE = List.of(
            Pattern.compile("<script(?![^>]*\\bth:src=)(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE),
            Pattern.compile("<style\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\s(th:)?style(append)?=", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\s(th:)?on[a-z]+=", Pattern.CASE_INSENSITIVE),
            Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE));

    static Stream<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of(System.getProperty("basedir", "."), "src/main/resources/templates"))) {
            return files.filter(file -> file.toString().endsWith(".html")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("templates")
    void templateHasNoInlineScriptOrStyle(Path template) throws IOException {
        String html = Files.readString(template);
        assertThat(INLINE).allSatisfy(pattern -> assertThat(pattern.matcher(html).find()).as(pattern.pattern()).isFalse());
    }
}
