package vn.phoihop.forms;

import java.util.Objects;

/** One choice of a select, radio or checklist: {@code value} is stored, {@code label} is shown. */
public record FormOption(String label, String value) {
    public FormOption {
        Objects.requireNonNull(value, "value");
        label = label == null ? value : label;
    }
}
