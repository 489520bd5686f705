package vn.phoihop.forms;

import java.util.Locale;
import java.util.Map;

/**
 * What a form is filled in against: the process or task variables (current values of fields, option lists
 * named by {@code valuesKey}) and the user's locale (labels of reference data).
 */
public record FormContext(Map<String, Object> variables, Locale locale) {

    public FormContext {
        variables = variables == null ? Map.of() : variables;
        locale = locale == null ? Locale.forLanguageTag("vi") : locale;
    }

    public static FormContext of(Map<String, Object> variables, Locale locale) {
        return new FormContext(variables, locale);
    }

    /** The field's current value: the variable when set, else the schema's default. */
    Object currentValue(FormComponent component) {
        Object value = variables.get(component.key());
        return value != null ? value : component.defaultValue();
    }
}
