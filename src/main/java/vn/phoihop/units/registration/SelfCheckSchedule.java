package vn.phoihop.units.registration;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Date;

import org.springframework.stereotype.Component;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.units.EvaluationPeriod;

/**
 * The timer values of a registration's self-checks, from the settings: the BPMN timer cycle that
 * opens one round a month from the first round day after acceptance to the end of the evaluation
 * period ({@code R<n>/<first>/P1M}), the end of the period, and each round's due and reminder times.
 */
@Component
class SelfCheckSchedule {

    private final SelfCheckProperties properties;

    SelfCheckSchedule(SelfCheckProperties properties) {
        this.properties = properties;
    }

    /** The rounds still to come once accepted at that time; at least one, so that every accepted year is checked. */
    Rounds roundsAfter(Instant acceptedAt, EvaluationPeriod period) {
        ZonedDateTime periodStart = period.from().atStartOfDay(ProvinceClock.ZONE);
        ZonedDateTime accepted = acceptedAt.atZone(ProvinceClock.ZONE);
        ZonedDateTime from = accepted.isAfter(periodStart) ? accepted : periodStart;
        YearMonth month = YearMonth.from(from);
        if (!roundOf(month).isAfter(from)) {
            month = month.plusMonths(1);
        }
        int count = 0;
        for (YearMonth m = month; !roundOf(m).toLocalDate().isAfter(period.to()); m = m.plusMonths(1)) {
            count++;
        }
        if (count == 0) {
            return new Rounds(1, accepted.plusMinutes(1).toInstant());
        }
        return new Rounds(count, roundOf(month).toInstant());
    }

    /** Midnight after the period's last day: the hand-over to recognition. */
    Date periodEnd(EvaluationPeriod period) {
        return Date.from(period.to().plusDays(1).atStartOfDay(ProvinceClock.ZONE).toInstant());
    }

    Instant dueAt(Instant openedAt) {
        return openedAt.plus(Duration.ofDays(properties.daysToComplete()));
    }

    Instant remindAt(Instant dueAt) {
        return dueAt.minus(Duration.ofDays(properties.reminderDaysBefore()));
    }

    int verificationDays() {
        return properties.verificationDays();
    }

    private ZonedDateTime roundOf(YearMonth month) {
        return month.atDay(properties.roundDay()).atTime(properties.roundHour(), 0).atZone(ProvinceClock.ZONE);
    }

    /** {@code count} rounds a month apart from {@code first}. */
    record Rounds(int count, Instant first) {

        /**
         * The BPMN timer cycle: ISO 8601 repetitions from a start, one month apart. Camunda 7 fires
         * a cycle with a start date once at the start and then R more times (camunda-bpm-platform#5476).
         */
        String cycle() {
            return "R" + (count - 1) + "/" + first + "/P1M";
        }
    }
}
