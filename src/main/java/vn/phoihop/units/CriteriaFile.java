package vn.phoihop.units;

import java.math.BigDecimal;
import java.util.List;

/** The shape of {@code reference/safe-unit-criteria.yaml}. */
record CriteriaFile(List<KindCriteria> criteria) {

    record KindCriteria(List<UnitKind> kinds, List<Item> checklist, List<Group> sheet) {
    }

    record Group(String code, String vi, String en, List<Item> items) {
    }

    /** A checklist item (no points) or an item of the scoring sheet. */
    record Item(String code, int validFromYear, Integer validToYear, BigDecimal points, String vi, String en) {

        boolean appliesIn(int year) {
            return year >= validFromYear && (validToYear == null || year <= validToYear);
        }
    }
}
