package vn.phoihop.instances;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;

import vn.phoihop.portal.ProvinceClock;

/** Times are shown as users in Vietnam read them, whatever the server's own zone is. */
final class VietnamTime {


    private VietnamTime() {
    }

    static ZonedDateTime of(Instant instant) {
        return instant == null ? null : instant.atZone(ProvinceClock.ZONE);
    }

    static ZonedDateTime of(Date date) {
        return date == null ? null : of(date.toInstant());
    }
}
