package vn.phoihop.zalo;

import java.util.List;

/** A form's values broke the registry's rules; each problem names its field. */
class ZaloGroupRejectedException extends RuntimeException {

    private final transient List<ZaloGroupRules.Problem> problems;

    ZaloGroupRejectedException(List<ZaloGroupRules.Problem> problems) {
        super("Zalo group refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    List<ZaloGroupRules.Problem> problems() {
        return problems;
    }
}
