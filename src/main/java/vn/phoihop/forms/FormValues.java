package vn.phoihop.forms;

import org.springframework.web.multipart.MultipartFile;

import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Conversions between typed field values and the strings a browser shows and posts. */
final class FormValues {

    // Longer than any number a person types; keeps "1e999999999"-style input from costly arithmetic.
    private static final int MAX_NUMBER_LENGTH = 40;

    private FormValues() {
    }

    static List<String> asStrings(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> items) {
            List<String> result = new ArrayList<>();
            items.stream().filter(java.util.Objects::nonNull).forEach(item -> result.add(asString(item)));
            return result;
        }
        if (value instanceof Boolean checked) {
            return checked ? List.of("true") : List.of();
        }
        return List.of(asString(value));
    }

    private static String asString(Object value) {
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        return value.toString();
    }

    /** A decimal number as typed in an HTML number input, or {@code null} if it is not one. */
    static BigDecimal parseNumber(String text) {
        if (text.length() > MAX_NUMBER_LENGTH || !text.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?")) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(text);
            return Double.isFinite(number.doubleValue()) ? number : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Long when integral (what the Tasklist stores for a whole JSON number), else Double: both are Camunda
     * primitive variable types, unlike BigDecimal which would be stored as a serialized Java object.
     */
    static Object toJavaNumber(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            try {
                return stripped.longValueExact();
            } catch (ArithmeticException tooBig) {
                return number.doubleValue();
            }
        }
        return number.doubleValue();
    }

    /** The HTML {@code accept} rule: ".ext", "type/*" or an exact media type, comma separated. */
    static boolean accepts(String accept, MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
        String type = file.getContentType() == null ? "" : file.getContentType().toLowerCase(Locale.ROOT);
        for (String token : accept.split(",")) {
            String rule = token.trim().toLowerCase(Locale.ROOT);
            if (rule.isEmpty()) {
                continue;
            }
            if (rule.startsWith(".") ? name.endsWith(rule)
                    : rule.endsWith("/*") ? type.startsWith(rule.substring(0, rule.length() - 1))
                    : type.equals(rule)) {
                return true;
            }
        }
        return false;
    }
}
