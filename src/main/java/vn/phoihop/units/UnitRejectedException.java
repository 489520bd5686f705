package vn.phoihop.units;

import java.util.List;

/** The values of a unit broke one or more {@link UnitRules}; nothing was saved. */
class UnitRejectedException extends RuntimeException {

    private final transient List<UnitRules.Problem> problems;

    UnitRejectedException(List<UnitRules.Problem> problems) {
        super(problems.toString());
        this.problems = problems;
    }

    List<UnitRules.Problem> problems() {
        return problems;
    }
}
