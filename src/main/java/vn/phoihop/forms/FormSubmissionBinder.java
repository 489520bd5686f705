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
import java.util.TreeSet;
import java.util.regex.Matcher;
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

    /**
     * Rows of a dynamic list are read from indices below this bound only, whatever the form allows, so that a
     * forged request cannot make the server walk or validate an unbounded number of rows.
     */
    public static final int MAX_LIST_ROWS = 1000;

    // After "path[": the row index (no leading zeros, so each row has one spelling) and the child key.
    private static final Pattern ROW_PARAMETER = Pattern.compile("(0|[1-9]\\d{0,8})\\]\\.([A-Za-z_][A-Za-z0-9_]*)");

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

    /**
     * Binds the fields of the form, or of one row of a dynamic list. A row reads and reports under its own
     * parameter names ({@code path[i].key}), so that errors and typed values land on the right row of the
     * page, while its values form the row's own map.
     */
    private final class Binding {
        final MultiValueMap<String, String> params;
        final MultiValueMap<String, MultipartFile> uploads;
        final FormContext context;
        final String prefix;
        final Map<String, Object> values = new LinkedHashMap<>();
        final Map<String, List<String>> raw;
        final Map<String, List<MultipartFile>> files;
        final Map<String, List<FormFieldError>> errors;

        Binding(MultiValueMap<String, String> params, MultiValueMap<String, MultipartFile> uploads,
                FormContext context) {
            this.params = params;
            this.uploads = uploads;
            this.context = context;
            this.prefix = "";
            this.raw = new LinkedHashMap<>();
            this.files = new LinkedHashMap<>();
            this.errors = new LinkedHashMap<>();
        }

        private Binding(Binding form, String prefix) {
            this.params = form.params;
            this.uploads = form.uploads;
            this.context = form.context;
            this.prefix = prefix;
            this.raw = form.raw;
            this.files = form.files;
            this.errors = form.errors;
        }

        /** The parameter a field is posted as, which is also where its typed value and errors are reported. */
        private String name(FormComponent field) {
            return prefix + field.key();
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
                case DYNAMICLIST -> bindList(field);
                default -> throw new IllegalStateException("Not a keyed type: " + field.type());
            }
        }

        /** The first posted value, capped for the re-render copy; {@code null} when too long. */
        private String single(FormComponent field) {
            List<String> posted = params.get(name(field));
            String value = posted == null || posted.isEmpty() || posted.get(0) == null ? "" : posted.get(0);
            if (value.length() > MAX_STRING_LENGTH) {
                raw.put(name(field), List.of(value.substring(0, MAX_STRING_LENGTH)));
                error(field, "form.error.maxLength", effectiveMaxLength(field));
                return null;
            }
            raw.put(name(field), List.of(value));
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
            raw.put(name(field), checked ? List.of("true") : List.of());
            values.put(field.key(), checked);
            if (!checked) {
                requiredCheck(field);
            }
        }

        private void bindChecklist(FormComponent field) {
            List<String> posted = params.getOrDefault(name(field), List.of());
            Set<String> selected = new LinkedHashSet<>();
            for (String item : posted) {
                if (item != null && !item.isBlank()) {
                    selected.add(item.length() > MAX_STRING_LENGTH ? item.substring(0, MAX_STRING_LENGTH) : item);
                }
            }
            raw.put(name(field), List.copyOf(selected));
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
            for (MultipartFile file : uploads.getOrDefault(name(field), List.of())) {
                // A file input left empty still posts one part with no name and no content.
                if (file != null && !file.isEmpty()) {
                    chosen.add(file);
                }
            }
            files.put(name(field), List.copyOf(chosen));
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

        /**
         * Rows are posted as {@code path[i].key}. They are taken in ascending index order, gaps allowed (a page
         * without JavaScript keeps the indices it was rendered with); rows left entirely blank are dropped.
         * The value is an ArrayList of LinkedHashMaps, which Camunda stores as a plain serializable object.
         */
        private void bindList(FormComponent list) {
            String start = name(list) + "[";
            Set<String> childKeys = new LinkedHashSet<>();
            list.components().stream().filter(FormComponent::keyed).forEach(c -> childKeys.add(c.key()));
            Set<Integer> indices = new TreeSet<>();
            boolean beyondLimit = false;
            for (String parameter : params.keySet()) {
                if (!parameter.startsWith(start)) {
                    continue;
                }
                Matcher m = ROW_PARAMETER.matcher(parameter).region(start.length(), parameter.length());
                if (!m.matches() || !childKeys.contains(m.group(2))) {
                    continue;
                }
                int index = Integer.parseInt(m.group(1));
                if (index < MAX_LIST_ROWS) {
                    indices.add(index);
                } else {
                    beyondLimit = true;
                }
            }
            List<String> posted = new ArrayList<>();
            ArrayList<Map<String, Object>> rows = new ArrayList<>();
            for (int index : indices) {
                posted.add(String.valueOf(index));
                Binding row = new Binding(this, start + index + "].");
                if (row.blankRow(list)) {
                    continue;
                }
                list.components().stream().filter(FormComponent::keyed).forEach(row::bind);
                rows.add(row.values);
            }
            raw.put(name(list), posted);
            values.put(list.key(), rows);
            if (beyondLimit || rows.size() > list.maxItems()) {
                error(list, "form.error.maxItems", list.maxItems());
            } else if (rows.size() < list.minItems()) {
                error(list, "form.error.minItems", list.minItems());
            }
        }

        /** Nothing typed, nothing chosen: a row the user added and then left, not one to validate. */
        private boolean blankRow(FormComponent list) {
            return list.components().stream().filter(FormComponent::keyed).allMatch(child ->
                    params.getOrDefault(name(child), List.of()).stream().allMatch(v -> v == null || v.isBlank()
                            || (child.type() == FormComponentType.CHECKBOX && v.trim().equalsIgnoreCase("false"))));
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
            errors.computeIfAbsent(name(field), k -> new ArrayList<>()).add(FormFieldError.of(code, args));
        }

        private int effectiveMaxLength(FormComponent field) {
            Integer max = field.validate().maxLength();
            return max != null && max < MAX_STRING_LENGTH ? max : MAX_STRING_LENGTH;
        }
    }
}
