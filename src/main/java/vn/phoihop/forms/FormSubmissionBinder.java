package vn.phoihop.forms;

import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a POST of a rendered form into typed values, enforcing on the server every constraint of the schema.
 * The browser's checks are a convenience only: anything can be posted, so only keys the form declares are
 * read, and locked (readonly/disabled) fields are never read at all.
 */
@Component
public class FormSubmissionBinder {

    /** Longest string accepted in any field, whatever the schema says, to refuse absurd input early. */
    public static final int MAX_STRING_LENGTH = 10_000;

    // Same expressions as form-js's Validator, so the portal and the Tasklist accept the same input.
    private static final Pattern EMAIL = Pattern.compile(
            "^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"
                    + "(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$");
    // form-js checks international numbers against a country-code table; "+" or "00" then 7–15 digits is
    // the same rule without the table.
    private static final Pattern PHONE = Pattern.compile("^(\\+|00)[1-9]\\d{6,14}$");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final FormOptionsResolver optionsResolver;

    public FormSubmissionBinder(FormOptionsResolver optionsResolver) {
        this.optionsResolver = optionsResolver;
    }

    /** For {@code HttpServletRequest#getParameterMap()}. */
    public FormSubmission bind(FormSchema form, Map<String, String[]> parameters,
                               MultiValueMap<String, MultipartFile> files, FormContext context) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        parameters.forEach((name, values) -> params.put(name, values == null ? List.of() : List.of(values)));
        return bind(form, params, files, context);
    }

    public FormSubmission bind(FormSchema form, MultiValueMap<String, String> parameters,
                               MultiValueMap<String, MultipartFile> files, FormContext context) {
        Binding binding = new Binding(parameters, files == null ? new LinkedMultiValueMap<>() : files, context);
        for (FormComponent field : form.fields()) {
            binding.bind(field);
        }
        return new FormSubmission(binding.values, binding.raw, binding.files, binding.errors);
    }

    private final class Binding {
        final MultiValueMap<String, String> params;
        final MultiValueMap<String, MultipartFile> uploads;
        final FormContext context;
        final Map<String, Object> values = new LinkedHashMap<>();
        final Map<String, List<String>> raw = new LinkedHashMap<>();
        final Map<String, List<MultipartFile>> files = new LinkedHashMap<>();
        final Map<String, List<FormFieldError>> errors = new LinkedHashMap<>();

        Binding(MultiValueMap<String, String> params, MultiValueMap<String, MultipartFile> uploads,
                FormContext context) {
            this.params = params;
            this.uploads = uploads;
            this.context = context;
        }

        void bind(FormComponent field) {
            String key = field.key();
            if (field.locked()) {
                Object current = context.currentValue(field);
                raw.put(key, FormValues.asStrings(current));
                // As in form-js: readonly values are submitted unchanged, disabled ones not at all.
                if (!field.disabled() && field.type() != FormComponentType.FILEPICKER) {
                    values.put(key, current);
                }
                return;
            }
            switch (field.type()) {
                case TEXTFIELD, TEXTAREA -> bindText(field);
                case NUMBER -> bindNumber(field);
                case CHECKBOX -> bindCheckbox(field);
                case CHECKLIST -> bindChecklist(field);
                case RADIO, SELECT -> bindChoice(field);
                case DATETIME -> bindDatetime(field);
                case FILEPICKER -> bindFiles(field);
                default -> throw new IllegalStateException("Not a keyed type: " + field.type());
            }
        }

        /** The first posted value, capped for the re-render copy; {@code null} when too long. */
        private String single(FormComponent field) {
            List<String> posted = params.get(field.key());
            String value = posted == null || posted.isEmpty() || posted.get(0) == null ? "" : posted.get(0);
            if (value.length() > MAX_STRING_LENGTH) {
                raw.put(field.key(), List.of(value.substring(0, MAX_STRING_LENGTH)));
                error(field, "form.error.maxLength", effectiveMaxLength(field));
                return null;
            }
            raw.put(field.key(), List.of(value));
            return value;
        }

        private void bindText(FormComponent field) {
            String value = single(field);
            if (value == null) {
                return;
            }
            FormValidation v = field.validate();
            if (value.isBlank()) {
                values.put(field.key(), null);
                requiredCheck(field);
                return;
            }
            // form-js measures trimmed length.
            int length = value.trim().length();
            if (v.minLength() != null && length < v.minLength()) {
                error(field, "form.error.minLength", v.minLength());
            }
            if (v.maxLength() != null && length > v.maxLength()) {
                error(field, "form.error.maxLength", v.maxLength());
            }
            if (v.pattern() != null && !Pattern.compile(v.pattern()).matcher(value).matches()) {
                error(field, "form.error.pattern");
            }
            if ("email".equals(v.validationType()) && !EMAIL.matcher(value.trim()).matches()) {
                error(field, "form.error.email");
            }
            if ("phone".equals(v.validationType()) && !PHONE.matcher(value.trim()).matches()) {
                error(field, "form.error.phone");
            }
            values.put(field.key(), value);
        }

        /** The trimmed value; null when the field was not sent, or sent empty (then null is stored and required checked). */
        private String filledIn(FormComponent field) {
            String value = single(field);
            if (value == null) {
                return null;
            }
            String text = value.trim();
            if (text.isEmpty()) {
                values.put(field.key(), null);
                requiredCheck(field);
                return null;
            }
            return text;
        }

        private void bindNumber(FormComponent field) {
            String text = filledIn(field);
            if (text == null) {
                return;
            }
            BigDecimal number = FormValues.parseNumber(text);
            if (number == null) {
                error(field, "form.error.number");
                return;
            }
            FormValidation v = field.validate();
            if (field.decimalDigits() != null && Math.max(0, number.stripTrailingZeros().scale()) > field.decimalDigits()) {
                error(field, "form.error.decimalDigits", field.decimalDigits());
            }
            if (v.min() != null && number.compareTo(v.min()) < 0) {
                error(field, "form.error.min", v.min().toPlainString());
            }
            if (v.max() != null && number.compareTo(v.max()) > 0) {
                error(field, "form.error.max", v.max().toPlainString());
            }
            values.put(field.key(), FormValues.toJavaNumber(number));
        }

        private void bindCheckbox(FormComponent field) {
            String value = single(field);
            if (value == null) {
                return;
            }
            String text = value.trim().toLowerCase(Locale.ROOT);
            boolean checked;
            if (text.equals("true") || text.equals("on")) {
                checked = true;
            } else if (text.isEmpty() || text.equals("false")) {
                checked = false;
            } else {
                error(field, "form.error.option");
                return;
            }
            raw.put(field.key(), checked ? List.of("true") : List.of());
            values.put(field.key(), checked);
            if (!checked) {
                requiredCheck(field);
            }
        }

        private void bindChecklist(FormComponent field) {
            List<String> posted = params.getOrDefault(field.key(), List.of());
            Set<String> selected = new LinkedHashSet<>();
            for (String item : posted) {
                if (item != null && !item.isBlank()) {
                    selected.add(item.length() > MAX_STRING_LENGTH ? item.substring(0, MAX_STRING_LENGTH) : item);
                }
            }
            raw.put(field.key(), List.copyOf(selected));
            Set<String> allowed = allowedValues(field);
            if (!allowed.containsAll(selected)) {
                error(field, "form.error.option");
                return;
            }
            values.put(field.key(), List.copyOf(selected));
            if (selected.isEmpty()) {
                requiredCheck(field);
            }
        }

        private void bindChoice(FormComponent field) {
            String value = single(field);
            if (value == null) {
                return;
            }
            if (value.isEmpty()) {
                values.put(field.key(), null);
                requiredCheck(field);
                return;
            }
            if (!allowedValues(field).contains(value)) {
                error(field, "form.error.option");
                return;
            }
            values.put(field.key(), value);
        }

        private void bindDatetime(FormComponent field) {
            String text = filledIn(field);
            if (text == null) {
                return;
            }
            try {
                values.put(field.key(), switch (field.subtype()) {
                    case FormComponent.SUBTYPE_TIME -> LocalTime.parse(text).format(TIME);
                    case FormComponent.SUBTYPE_DATETIME -> LocalDateTime.parse(text).format(DATE_TIME);
                    default -> LocalDate.parse(text).toString();
                });
            } catch (DateTimeParseException e) {
                error(field, "form.error.date");
            }
        }

        private void bindFiles(FormComponent field) {
            List<MultipartFile> chosen = new ArrayList<>();
            for (MultipartFile file : uploads.getOrDefault(field.key(), List.of())) {
                // A file input left empty still posts one part with no name and no content.
                if (file != null && !file.isEmpty()) {
                    chosen.add(file);
                }
            }
            files.put(field.key(), List.copyOf(chosen));
            if (chosen.isEmpty()) {
                requiredCheck(field);
                return;
            }
            if (!field.multiple() && chosen.size() > 1) {
                error(field, "form.error.tooManyFiles");
            }
            if (field.accept() != null && !field.accept().isBlank()
                    && !chosen.stream().allMatch(f -> FormValues.accepts(field.accept(), f))) {
                error(field, "form.error.fileType", field.accept());
            }
        }

        private Set<String> allowedValues(FormComponent field) {
            Set<String> allowed = new LinkedHashSet<>();
            optionsResolver.options(field, context).forEach(o -> allowed.add(o.value()));
            return allowed;
        }

        private void requiredCheck(FormComponent field) {
            if (field.required()) {
                error(field, "form.error.required");
            }
        }

        private void error(FormComponent field, String code, Object... args) {
            errors.computeIfAbsent(field.key(), k -> new ArrayList<>()).add(FormFieldError.of(code, args));
        }

        private int effectiveMaxLength(FormComponent field) {
            Integer max = field.validate().maxLength();
            return max != null && max < MAX_STRING_LENGTH ? max : MAX_STRING_LENGTH;
        }
    }
}
