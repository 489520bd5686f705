package vn.phoihop.models.inspections;

import java.time.LocalDate;
import java.util.List;

/** What the team records on one model: the day, strengths, each weakness (remedied by a day, or by the default), recommendations. */
record Findings(LocalDate inspectedOn, String strengths, List<Weakness> weaknesses, String recommendations) {

    static final int MAX_WEAKNESSES = 20;

    record Weakness(String content, LocalDate dueOn) {
    }
}
