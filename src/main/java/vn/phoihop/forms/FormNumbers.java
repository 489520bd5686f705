package vn.phoihop.forms;

/**
 * A number field's value as a listener reads it: the portal stores a whole number as a Long; a client
 * of the REST API may send a string or anything else, which is refused with the step's own message.
 */
public final class FormNumbers {

    private FormNumbers() {
    }

    /** Null when the field is empty. */
    public static Integer integer(Object value, String messageKey) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            if (value instanceof Number number) {
                if (number.doubleValue() != Math.rint(number.doubleValue()) || Math.abs(number.doubleValue()) > Integer.MAX_VALUE) {
                    throw new SubmissionRuleException(messageKey);
                }
                return number.intValue();
            }
            return Integer.valueOf(value.toString().strip());
        } catch (NumberFormatException e) {
            throw new SubmissionRuleException(messageKey);
        }
    }
}
