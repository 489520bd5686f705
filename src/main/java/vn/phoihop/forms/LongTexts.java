package vn.phoihop.forms;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.variable.Variables;

/**
 * Camunda keeps a String variable in a column of 4,000 characters and refuses a longer one ("Variable
 * value is too long"), while our forms allow texts of 8,000 (a report's results, a review's summary).
 * A longer text goes to the engine as an object value, kept in its byte-array table, and comes back
 * as the same String to every listener.
 */
public final class LongTexts {

    public static final int ENGINE_STRING_MAX = 4000;

    private LongTexts() {
    }

    public static Map<String, Object> storable(Map<String, Object> values) {
        if (values.values().stream().noneMatch(LongTexts::tooLong)) {
            return values;
        }
        Map<String, Object> storable = new LinkedHashMap<>(values);
        storable.replaceAll((name, value) -> tooLong(value) ? Variables.objectValue(value).create() : value);
        return storable;
    }

    private static boolean tooLong(Object value) {
        return value instanceof String text && text.length() > ENGINE_STRING_MAX;
    }
}
