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
 * @param components    children of a group, else empty
 * @param text          content of a text component
 * @param decimalDigits number only: the most decimal digits allowed, or {@code null}
 */
public record FormComponent(String id, FormComponentType type, String key, String label, String description,
                            Object defaultValue, FormValidation validate, List<FormOption> values, String valuesKey,
                            Map<String, String> properties, String subtype, boolean multiple, String accept,
                            boolean readonly, boolean disabled, List<FormComponent> components, String text,
                            String dateLabel, String timeLabel, Integer decimalDigits) {

    public static final String REFERENCE_DATA_PROPERTY = "referenceData";
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
