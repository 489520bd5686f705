package vn.phoihop.models;

import java.util.List;

/** A form's values broke the registry's rules; each problem names its field. */
class ModelRejectedException extends RuntimeException {

    private final transient List<ModelRules.Problem> problems;

    ModelRejectedException(List<ModelRules.Problem> problems) {
        super("Model refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    List<ModelRules.Problem> problems() {
        return problems;
    }
}
