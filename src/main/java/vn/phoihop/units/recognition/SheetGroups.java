package vn.phoihop.units.recognition;

import static vn.phoihop.units.recognition.RecognitionProcessVariables.ROW_GROUP;
import static vn.phoihop.units.recognition.RecognitionProcessVariables.ROW_POINTS;
import static vn.phoihop.units.recognition.RecognitionProcessVariables.ROW_REASON;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.units.Criterion;
import vn.phoihop.units.ScoringSheet;

/**
 * The criterion groups of a year's 100-point sheet, scored a group at a time (the dossier's
 * self-score and the managing level's assessment): every group once, from 0 to the sum of its
 * items' maximum, in half points, as {@link ScoringSheet#score} checks a single item.
 */
record SheetGroups(ScoringSheet sheet) {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    BigDecimal maximumOf(ScoringSheet.Group group) {
        return group.items().stream().map(Criterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The rows of a form's dynamic list ({@code group}, {@code points}) as points per group code, checked. */
    Map<String, BigDecimal> points(Object rows) {
        Map<String, BigDecimal> given = new LinkedHashMap<>();
        for (Map<?, ?> row : rows(rows)) {
            String code = String.valueOf(row.get(ROW_GROUP));
            if (given.put(code, number(row.get(ROW_POINTS))) != null) {
                throw new SubmissionRuleException("units.recognition.error.groupTwice");
            }
        }
        Map<String, BigDecimal> checked = new LinkedHashMap<>();
        for (ScoringSheet.Group group : sheet.groups()) {
            BigDecimal points = given.remove(group.code());
            if (points == null) {
                throw new SubmissionRuleException("units.error.scoreMissing");
            }
            if (points.signum() < 0 || points.compareTo(maximumOf(group)) > 0) {
                throw new SubmissionRuleException("units.error.scoreAboveItsMaximum");
            }
            if (points.remainder(HALF).signum() != 0) {
                throw new SubmissionRuleException("units.error.scoreInHalfPoints");
            }
            checked.put(group.code(), points);
        }
        if (!given.isEmpty()) {
            throw new SubmissionRuleException("units.error.scoreUnknownItem");
        }
        return checked;
    }

    /** The reason typed on each row, by group code. */
    Map<String, String> reasons(Object rows) {
        Map<String, String> reasons = new LinkedHashMap<>();
        for (Map<?, ?> row : rows(rows)) {
            Object reason = row.get(ROW_REASON);
            reasons.put(String.valueOf(row.get(ROW_GROUP)), reason == null ? null : reason.toString());
        }
        return reasons;
    }

    private static List<Map<?, ?>> rows(Object rows) {
        if (!(rows instanceof Collection<?> items)) {
            throw new SubmissionRuleException("units.error.scoreMissing");
        }
        return items.stream().filter(Map.class::isInstance).<Map<?, ?>>map(Map.class::cast).toList();
    }

    private static BigDecimal number(Object value) {
        if (value == null || value.toString().isBlank()) {
            throw new SubmissionRuleException("units.error.scoreMissing");
        }
        try {
            return new BigDecimal(value.toString().strip());
        } catch (NumberFormatException e) {
            throw new SubmissionRuleException("units.error.scoreMissing");
        }
    }
}
