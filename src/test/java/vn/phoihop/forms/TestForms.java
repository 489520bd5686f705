package vn.phoihop.forms;

import org.springframework.util.MultiValueMap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Shared fixtures for the form tests. */
final class TestForms {

    static final Locale VI = Locale.forLanguageTag("vi");

    /** Reference data the tests rely on: the list "loaiVanBan" only. */
    static final ReferenceOptionsSource REFERENCE_DATA = (name, locale) -> "loaiVanBan".equals(name)
            ? List.of(new FormOption("Công văn", "CV"), new FormOption("Quyết định", "QD"))
            : List.of();

    private TestForms() {
    }

    static FormSchema allTypes() {
        return load("test-all-types.form");
    }

    /** A list "nominees" (1 to 3 rows) of every value type, beside a top-level "name" its rows reuse as key. */
    static FormSchema dynamicList() {
        return load("sample-dynamiclist.form");
    }

    /** One row of that list, as the page posts it; a null value is left out. */
    static void nominee(MultiValueMap<String, String> post, int index, String kind, String name, String achievement) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("kind", kind);
        row.put("name", name);
        row.put("achievement", achievement);
        row.forEach((key, value) -> {
            if (value != null) {
                post.add("nominees[" + index + "]." + key, value);
            }
        });
    }

    private static FormSchema load(String file) {
        try (InputStream in = TestForms.class.getResourceAsStream("/forms/" + file)) {
            return new FormSchemaParser().parse(in, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FormOptionsResolver options() {
        return new FormOptionsResolver(REFERENCE_DATA);
    }

    static FormContext context() {
        return FormContext.of(Map.of("dsDonVi", List.of(Map.of("label", "Phòng A", "value", "PA"), "PB")), VI);
    }
}
