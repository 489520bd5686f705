package vn.phoihop.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * "Today" as the province's staff see it. Reads the engine's clock, not the system's, so that
 * due dates, timers and date ranges all move together when tests (or an operator) set it.
 */
public final class ProvinceClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private ProvinceClock() {
    }

    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public static LocalDate today() {
        return now().atZone(ZONE).toLocalDate();
    }
}
