package vn.phoihop.units;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.portal.Bilingual;

/**
 * The 100-point sheet a unit of one kind scores itself on for one year (Decision
 * 510/QĐ-BCA-V05), as the province's criteria file has it for that year.
 */
public record ScoringSheet(UnitKind kind, int year, List<Group> groups) {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    public record Group(String code, String vi, String en, List<Criterion> items) {

        public String text(Locale locale) {
            return Bilingual.pick(locale, vi, en);
        }
    }

    public List<Criterion> items() {
        return groups.stream().flatMap(group -> group.items().stream()).toList();
    }

    public BigDecimal maximum() {
        return items().stream().map(Criterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Checks a filled-in sheet: every item scored, from 0 to its maximum in steps of half a point
     * (the sheets give whole points; a half point is how assessors settle a partly met item), and
     * no item the sheet does not have.
     */
    public Score score(Map<String, BigDecimal> points) {
        Map<String, BigDecimal> scored = new LinkedHashMap<>();
        for (Criterion item : items()) {
            BigDecimal given = points.get(item.code());
            if (given == null) {
                throw new SubmissionRuleException("units.error.scoreMissing");
            }
            if (given.signum() < 0 || given.compareTo(item.maxPoints()) > 0) {
                throw new SubmissionRuleException("units.error.scoreAboveItsMaximum");
            }
            if (given.remainder(HALF).signum() != 0) {
                throw new SubmissionRuleException("units.error.scoreInHalfPoints");
            }
            scored.put(item.code(), given);
        }
        if (!scored.keySet().containsAll(points.keySet())) {
            throw new SubmissionRuleException("units.error.scoreUnknownItem");
        }
        return new Score(Map.copyOf(scored), scored.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** A sheet filled in and checked: the points per item and their total. */
    public record Score(Map<String, BigDecimal> points, BigDecimal total) {
    }
}
