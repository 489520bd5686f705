package vn.phoihop.portal;

import java.time.format.DateTimeFormatter;
import java.util.Date;

import org.springframework.stereotype.Component;

/**
 * Dates as Vietnamese users read them (dd/MM/yyyy, Vietnam time), whatever the server's own time
 * zone. Templates call it as {@code ${@displayDates.dateTime(task.dueDate)}}.
 */
@Component("displayDates")
public class DisplayDates {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE = DAY.withZone(ProvinceClock.ZONE);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ProvinceClock.ZONE);
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ProvinceClock.ZONE);

    public String date(Date date) {
        return date == null ? "" : DATE.format(date.toInstant());
    }

    public String dateTime(Date date) {
        return date == null ? "" : DATE_TIME.format(date.toInstant());
    }

    /** For the value of an {@code <input type="date">}. */
    public String isoDate(Date date) {
        return date == null ? "" : ISO_DATE.format(date.toInstant());
    }
}
