package vn.phoihop.forms;

/**
 * A text field's value as a step's rule reads it: stripped, and refused with the step's own message
 * when required and empty or longer than its column, whichever door it came through.
 */
public final class FormTexts {

    private FormTexts() {
    }

    public static String required(String text, int max, String messageKey) {
        if (text == null || text.isBlank()) {
            throw new SubmissionRuleException(messageKey);
        }
        return optional(text, max, messageKey);
    }

    /** Null when empty. */
    public static String optional(String text, int max, String messageKey) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > max) {
            throw new SubmissionRuleException(messageKey);
        }
        return text.strip();
    }
}
