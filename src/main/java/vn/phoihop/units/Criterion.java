package vn.phoihop.units;

import java.math.BigDecimal;
import java.util.Locale;

import vn.phoihop.portal.Bilingual;

/**
 * One criterion of the safe-unit standard: an item of the monthly self-check checklist (no
 * points) or of the year-end scoring sheet (up to {@code maxPoints}).
 */
public record Criterion(String code, String vi, String en, BigDecimal maxPoints) {

    public String text(Locale locale) {
        return Bilingual.pick(locale, vi, en);
    }
}
