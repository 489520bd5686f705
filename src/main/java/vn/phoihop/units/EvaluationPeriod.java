package vn.phoihop.units;

import java.time.LocalDate;

/** The days a unit's year is evaluated on, both included. */
public record EvaluationPeriod(LocalDate from, LocalDate to) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
