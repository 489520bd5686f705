package vn.phoihop.forms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The rows of a form's dynamic list as a listener reads them (a list of maps, keys of the list's
 * fields), and back as a form shows them. What arrives through the REST API in another shape is
 * refused with the step's own message rather than a 500.
 */
public final class FormRows {

    private FormRows() {
    }

    public static <T> List<T> rows(Object variable, String messageKey, Function<Map<?, ?>, T> row) {
        if (variable == null) {
            return List.of();
        }
        if (!(variable instanceof Collection<?> items)) {
            throw new SubmissionRuleException(messageKey);
        }
        List<T> rows = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof Map<?, ?> map)) {
                throw new SubmissionRuleException(messageKey);
            }
            rows.add(row.apply(map));
        }
        return rows;
    }

    /** A checklist's ticked values; refused when a door sends something else than a list. */
    public static List<String> values(Object variable, String messageKey) {
        if (variable == null) {
            return List.of();
        }
        if (!(variable instanceof Collection<?> items)) {
            throw new SubmissionRuleException(messageKey);
        }
        return items.stream().map(String::valueOf).toList();
    }

    public static String text(Map<?, ?> row, String key) {
        Object value = row.get(key);
        return value == null ? null : value.toString();
    }

    /** A row for the form, keys and values alternating; empty values left out. */
    public static Map<String, String> row(String... keysAndValues) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                row.put(keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return row;
    }
}
