package vn.phoihop.modeler;

import java.util.List;

/** A migration plan that did not validate: nothing moved. */
class MigrationRefusedException extends RuntimeException {

    private final List<String> problems;

    MigrationRefusedException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }
}
