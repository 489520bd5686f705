package vn.phoihop.portal;

import java.time.LocalDate;

/**
 * The days a user may type into the portal's date fields. A date input lets through years such as
 * 0000 or +999999999; the far ones overflow the engine's {@code java.util.Date} and nobody plans
 * work in either, so a day outside is the user's typing mistake, refused with one message.
 */
public final class DateWindow {

    public static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2100, 12, 31);

    /** Message code for a day outside the window; it takes {@link #messageArguments()}. */
    public static final String OUT_OF_RANGE = "date.outOfRange";

    private DateWindow() {
    }

    public static boolean contains(LocalDate day) {
        return !day.isBefore(FIRST) && !day.isAfter(LAST);
    }

    /** The first and last day as users read them. */
    public static Object[] messageArguments() {
        return new Object[] {DisplayDates.DAY.format(FIRST), DisplayDates.DAY.format(LAST)};
    }
}
