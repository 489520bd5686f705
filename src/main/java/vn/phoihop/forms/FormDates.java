package vn.phoihop.forms;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A date field's value as a listener reads it: the portal stores {@code 2026-01-31}; a client of the
 * REST API may send anything, which is refused with the step's own message rather than a 500.
 */
public final class FormDates {

    private FormDates() {
    }

    /** Null when the field is empty. */
    public static LocalDate date(Object value, String messageKey) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.toString().strip());
        } catch (DateTimeParseException e) {
            throw new SubmissionRuleException(messageKey);
        }
    }
}
