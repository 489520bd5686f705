package vn.phoihop.forms;

import java.util.List;
import java.util.Map;

/**
 * One component of a form-js schema, reduced to what the server renders and enforces.
 *
 * @param defaultValue  the schema's {@code defaultValue} as String, Long, Double, Boolean or List of String
 * @param values        static options; empty when options come from {@code valuesKey} or reference data
 * @param valuesKey     name of the process variable holding the options
 * @param properties    form-js custom properties; {@code referenceData} names a reference list of options
 * @param subtype       datetime only: {@code date}, {@code time} or {@code datetime}
 * @param key           the variable name; for a dynamic list its form-js {@code path}
 * @param components    children of a group or of a dynamic list's rows, else empty
 * @param text          content of a text component
 * @param decimalDigits number only: the most decimal digits allowed, or {@code null}
 * @param defaultRepetitions dynamic list only: rows shown when the variable holds none
 * @param allowAddRemove dynamic list only: whether the user may add and remove rows
 */
public record FormComponent(String id, FormComponentType type, String key, String label, String description,
                            Object defaultValue, FormValidation validate, List<FormOption> values, String valuesKey,
                            Map<String, String> properties, String subtype, boolean multiple, String accept,
                            boolean readonly, boolean disabled, List<FormComponent> components, String text,
                            String dateLabel, String timeLabel, Integer decimalDigits,
                            int defaultRepetitions, boolean allowAddRemove) {

    public static final String REFERENCE_DATA_PROPERTY = "referenceData";
    public static final String MIN_ITEMS_PROPERTY = "minItems";
    public static final String MAX_ITEMS_PROPERTY = "maxItems";
    static final int DEFAULT_MIN_ITEMS = 0;
    static final int DEFAULT_MAX_ITEMS = 100;
    public static final String SUBTYPE_DATE = "date";
    public static final String SUBTYPE_TIME = "time";
    public static final String SUBTYPE_DATETIME = "datetime";

    public FormComponent {
        validate = validate == null ? FormValidation.NONE : validate;
        values = values == null ? List.of() : List.copyOf(values);
        properties = properties == null ? Map.of() : Map.copyOf(properties);
        components = components == null ? List.of() : List.copyOf(components);
    }

    public boolean keyed() {
        return type.keyed();
    }

    public boolean required() {
        return validate.required();
    }

    /** A readonly or disabled field keeps its current value whatever the browser posts. */
    public boolean locked() {
        return readonly || disabled;
    }

    public String referenceData() {
        return properties.get(REFERENCE_DATA_PROPERTY);
    }

    /** Dynamic list: fewest non-blank rows accepted (custom property, as form-js has no such setting). */
    public int minItems() {
        return intProperty(MIN_ITEMS_PROPERTY, DEFAULT_MIN_ITEMS);
    }

    /** Dynamic list: most rows accepted. */
    public int maxItems() {
        return intProperty(MAX_ITEMS_PROPERTY, DEFAULT_MAX_ITEMS);
    }

    /** Rows a list starts with: the schema's number, but never fewer than the list requires. */
    public int initialRepetitions() {
        return Math.min(maxItems(), Math.max(defaultRepetitions, minItems()));
    }

    private int intProperty(String name, int fallback) {
        String value = properties.get(name);
        // The parser has already refused anything but a whole number.
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }

    /** Label shown for a datetime, which form-js labels per part rather than as a whole. */
    public String displayLabel() {
        if (label != null && !label.isBlank()) {
            return label;
        }
        if (type == FormComponentType.DATETIME) {
            return SUBTYPE_TIME.equals(subtype) ? timeLabel : dateLabel;
        }
        return label;
    }
}
