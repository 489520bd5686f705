package vn.phoihop.modeler;

import java.util.List;

/** An upload that was not deployed, with every problem named by file and element. */
class DeploymentRefusedException extends RuntimeException {

    private final List<String> problems;

    DeploymentRefusedException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }
}
