package vn.phoihop.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
        try (InputStream in = TestForms.class.getResourceAsStream("/forms/test-all-types.form")) {
            return new FormSchemaParser().parse(in, "test-all-types.form");
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
