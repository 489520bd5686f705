package vn.phoihop.forms;

import java.math.BigDecimal;

/**
 * The {@code validate} block of a form-js component. Absent constraints are {@code null}.
 *
 * @param validationType {@code "email"} or {@code "phone"} as in form-js, else {@code null}
 */
public record FormValidation(boolean required, BigDecimal min, BigDecimal max, Integer minLength,
                             Integer maxLength, String pattern, String validationType) {

    static final FormValidation NONE = new FormValidation(false, null, null, null, null, null, null);
}
