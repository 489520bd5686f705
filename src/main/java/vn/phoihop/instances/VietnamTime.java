package vn.phoihop.instances;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

/** Times are shown as users in Vietnam read them, whatever the server's own zone is. */
final class VietnamTime {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamTime() {
    }

    static ZonedDateTime of(Instant instant) {
        return instant == null ? null : instant.atZone(ZONE);
    }

    static ZonedDateTime of(Date date) {
        return date == null ? null : of(date.toInstant());
    }
}
