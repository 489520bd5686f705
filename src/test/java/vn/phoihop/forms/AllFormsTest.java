package vn.phoihop.forms;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every form the project ships (top-level {@code forms/}) and every test form must load, accept a submission that satisfies its
 * constraints, and refuse one that breaks them.
 */
class AllFormsTest {

    /** Tried, in order, for a textfield with a pattern and no matching default value. */
    private static final List<String> PATTERN_CANDIDATES = List.of("123/UBND-KT", "AB123", "0912345678",
            "+84912345678", "123456", "1", "abc", "ABC", "an@example.gov.vn", "2024-01-05", "HS-001", "Mẫu");

    private static final String OPTION = "mau";
    private static final ReferenceOptionsSource REFERENCE = (name, locale) -> List.of(new FormOption("Mẫu", OPTION));

    private final FormSchemaParser parser = new FormSchemaParser();
    private final FormSubmissionBinder binder = new FormSubmissionBinder(new FormOptionsResolver(REFERENCE));

    @TestFactory
    Stream<DynamicContainer> everyProjectForm() throws IOException {
        Path base = Path.of(System.getProperty("basedir", "."));
        List<Path> files = new java.util.ArrayList<>();
        for (Path formsDir : List.of(base.resolve("forms"), base.resolve("src/test/resources/forms"))) {
            try (Stream<Path> walk = Files.walk(formsDir)) {
                walk.filter(p -> p.toString().endsWith(".form")).sorted().forEach(files::add);
            }
        }
        assertThat(files).as("forms under " + base.toAbsolutePath()).isNotEmpty();
        return files.stream().map(file -> DynamicContainer.dynamicContainer(base.relativize(file).toString(),
                Stream.of(DynamicTest.dynamicTest("binds a valid submission", () -> validSubmissionBinds(file)),
                        DynamicTest.dynamicTest("refuses an invalid submission", () -> invalidSubmissionIsRefused(file)))));
    }

    private FormSchema parse(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parser.parse(in, file.toString());
        } catch (InvalidFormException e) {
            return fail(file + ": " + e.getMessage(), e);
        }
    }

    private void validSubmissionBinds(Path file) throws IOException {
        FormSchema form = parse(file);
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        MultiValueMap<String, MultipartFile> uploads = new LinkedMultiValueMap<>();
        for (FormComponent field : form.fields()) {
            if (field.locked()) {
                continue;
            }
            if (field.type() == FormComponentType.FILEPICKER) {
                uploads.add(field.key(), sampleFile(field.accept()));
            } else if (field.type() == FormComponentType.DYNAMICLIST) {
                for (int row = 0; row < Math.max(1, field.minItems()); row++) {
                    for (FormComponent child : field.components()) {
                        if (child.keyed()) {
                            params.add(rowName(field, row, child), validValue(file, child));
                        }
                    }
                }
            } else {
                params.add(field.key(), validValue(file, field));
            }
        }

        FormSubmission submission = binder.bind(form, params, uploads, context(form));

        assertThat(submission.errors()).as(file + ": errors of a valid submission").isEmpty();
        Set<String> declared = new LinkedHashSet<>();
        form.fields().forEach(f -> declared.add(f.key()));
        assertThat(submission.values().keySet()).isSubsetOf(declared);
        form.fields().stream().filter(f -> f.type() == FormComponentType.DYNAMICLIST).forEach(list ->
                assertThat(submission.values().get(list.key())).as(file + ": rows of " + list.key())
                        .isInstanceOf(ArrayList.class).asList().hasSize(Math.max(1, list.minItems())));
    }

    private static String rowName(FormComponent list, int row, FormComponent child) {
        return list.key() + "[" + row + "]." + child.key();
    }

    private void invalidSubmissionIsRefused(Path file) throws IOException {
        FormSchema form = parse(file);
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        MultiValueMap<String, MultipartFile> uploads = new LinkedMultiValueMap<>();
        Set<String> broken = new LinkedHashSet<>();
        for (FormComponent field : form.fields()) {
            if (field.locked()) {
                continue;
            }
            if (field.type() == FormComponentType.DYNAMICLIST) {
                breakRow(file, field, params, broken);
            } else {
                breakField(file, field, field.key(), params, uploads, broken);
            }
        }
        if (broken.isEmpty()) {
            return; // a form without any constraint cannot be filled in wrongly
        }

        FormSubmission submission = binder.bind(form, params, uploads, context(form));

        assertThat(submission.isValid()).isFalse();
        assertThat(submission.errors().keySet()).as(file + ": fields with errors").containsExactlyInAnyOrderElementsOf(broken);
    }

    /** Fills one field wrongly when its constraints allow it, else rightly; wrong ones go into {@code broken}. */
    private static void breakField(Path file, FormComponent field, String name, MultiValueMap<String, String> params,
                                   MultiValueMap<String, MultipartFile> uploads, Set<String> broken) {
        FormValidation v = field.validate();
        boolean textual = field.type() == FormComponentType.TEXTFIELD || field.type() == FormComponentType.TEXTAREA;
        if (field.required()) {
            broken.add(name); // left out
        } else if (textual && v.maxLength() != null) {
            params.add(name, "x".repeat(v.maxLength() + 1));
            broken.add(name);
        } else if (field.type() == FormComponentType.NUMBER && (v.max() != null || v.min() != null)) {
            params.add(name, v.max() != null ? v.max().add(BigDecimal.ONE).toPlainString()
                    : v.min().subtract(BigDecimal.ONE).toPlainString());
            broken.add(name);
        } else if (field.type() == FormComponentType.FILEPICKER) {
            uploads.add(name, sampleFile(field.accept()));
        } else {
            params.add(name, validValue(file, field));
        }
    }

    /**
     * One row whose fields are filled in wrongly. A row with nothing posted at all is a blank row, which the
     * binder drops: then only the list itself is wrong, if it needs a row.
     */
    private static void breakRow(Path file, FormComponent list, MultiValueMap<String, String> params,
                                 Set<String> broken) {
        MultiValueMap<String, String> row = new LinkedMultiValueMap<>();
        Set<String> brokenInRow = new LinkedHashSet<>();
        for (FormComponent child : list.components()) {
            if (child.keyed()) {
                breakField(file, child, rowName(list, 0, child), row, new LinkedMultiValueMap<>(), brokenInRow);
            }
        }
        params.addAll(row);
        if (!row.isEmpty()) {
            broken.addAll(brokenInRow);
            if (list.minItems() > 1) {
                broken.add(list.key());
            }
        } else if (list.minItems() > 0) {
            broken.add(list.key());
        }
    }

    /** Options for every valuesKey; reference data answers every name with the same option. */
    private static FormContext context(FormSchema form) {
        Map<String, Object> variables = new HashMap<>();
        form.fields().stream()
                .flatMap(f -> f.type() == FormComponentType.DYNAMICLIST ? f.components().stream() : Stream.of(f))
                .filter(f -> f.valuesKey() != null)
                .forEach(f -> variables.put(f.valuesKey(), List.of(Map.of("label", "Mẫu", "value", OPTION))));
        return FormContext.of(variables, TestForms.VI);
    }

    private static String validValue(Path file, FormComponent field) {
        FormValidation v = field.validate();
        return switch (field.type()) {
            case TEXTFIELD, TEXTAREA -> validText(file, field);
            case NUMBER -> {
                BigDecimal value = v.min() != null ? v.min()
                        : v.max() != null && v.max().compareTo(BigDecimal.ONE) < 0 ? v.max() : BigDecimal.ONE;
                yield value.toPlainString();
            }
            case CHECKBOX -> "true";
            case CHECKLIST, RADIO, SELECT -> field.values().isEmpty() ? OPTION : field.values().get(0).value();
            case DATETIME -> switch (field.subtype()) {
                case FormComponent.SUBTYPE_TIME -> "13:45";
                case FormComponent.SUBTYPE_DATETIME -> "2024-01-05T13:45";
                default -> "2024-01-05";
            };
            default -> throw new IllegalStateException(field.type().toString());
        };
    }

    private static String validText(Path file, FormComponent field) {
        FormValidation v = field.validate();
        List<String> candidates = new ArrayList<>();
        if (field.defaultValue() instanceof String text && !text.isBlank()) {
            candidates.add(text);
        }
        if ("email".equals(v.validationType())) {
            candidates.add("an@example.gov.vn");
        } else if ("phone".equals(v.validationType())) {
            candidates.add("+84912345678");
        } else if (v.pattern() != null) {
            candidates.addAll(PATTERN_CANDIDATES);
        } else {
            int length = v.minLength() != null ? v.minLength() : 5;
            candidates.add("Mẫu " + "x".repeat(Math.max(0, length - 4)));
        }
        for (String candidate : candidates) {
            int length = candidate.trim().length();
            boolean fits = (v.minLength() == null || length >= v.minLength())
                    && (v.maxLength() == null || length <= v.maxLength())
                    && (v.pattern() == null || Pattern.compile(v.pattern()).matcher(candidate).matches());
            if (fits) {
                return candidate;
            }
        }
        return fail(file + ": no sample value fits field '" + field.key()
                + "'; give it a defaultValue that satisfies its pattern and length");
    }

    private static MockMultipartFile sampleFile(String accept) {
        String rule = accept == null || accept.isBlank() ? ".pdf" : accept.split(",")[0].trim();
        if (rule.startsWith(".")) {
            return new MockMultipartFile("file", "mau" + rule, "application/octet-stream", new byte[] {1});
        }
        String contentType = rule.endsWith("/*") ? rule.replace("*", "x-mau") : rule;
        return new MockMultipartFile("file", "mau", contentType, new byte[] {1});
    }
}
