package vn.phoihop.tasks;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import vn.phoihop.portal.DateWindow;

/**
 * A day as typed into an {@code <input type="date">} of the task page: blank, a day, or a mistake.
 * A refused form shows {@link #typed()} again, so the user corrects what they typed.
 */
record TypedDay(String typed, LocalDate day, String errorCode) {

    static TypedDay of(String typed) {
        if (typed == null || typed.isBlank()) {
            return new TypedDay(typed, null, null);
        }
        try {
            LocalDate day = LocalDate.parse(typed.trim());
            return DateWindow.contains(day) ? new TypedDay(typed, day, null) : new TypedDay(typed, null, DateWindow.OUT_OF_RANGE);
        } catch (DateTimeParseException e) {
            return new TypedDay(typed, null, "task.dates.invalid");
        }
    }

    public boolean isValid() {
        return errorCode == null;
    }

    public Object[] errorArguments() {
        return DateWindow.OUT_OF_RANGE.equals(errorCode) ? DateWindow.messageArguments() : new Object[0];
    }
}
