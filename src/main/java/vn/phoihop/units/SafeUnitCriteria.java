package vn.phoihop.units;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.phoihop.referencedata.ReferenceDataFiles;

/**
 * The monthly checklist and the year-end scoring sheet of each kind of unit, for a given year, from
 * the province's {@code reference/safe-unit-criteria.yaml}. Items carry the years they apply to, so
 * a criterion the province adds for next year shows in next year's forms and leaves this year's as
 * they were. A file whose sheet does not add up to 100 for some year stops the start-up.
 */
@Component
public class SafeUnitCriteria {

    static final String FILE = "safe-unit-criteria.yaml";
    private static final BigDecimal FULL_MARKS = BigDecimal.valueOf(100);

    private final Map<UnitKind, CriteriaFile.KindCriteria> byKind;

    @Autowired
    SafeUnitCriteria(ReferenceDataFiles files) {
        this(files.read(FILE, CriteriaFile.class));
    }

    SafeUnitCriteria(CriteriaFile file) {
        byKind = new EnumMap<>(UnitKind.class);
        for (CriteriaFile.KindCriteria criteria : file.criteria()) {
            for (UnitKind kind : criteria.kinds()) {
                if (byKind.put(kind, criteria) != null) {
                    throw invalid(kind + " is listed twice");
                }
            }
        }
        for (UnitKind kind : UnitKind.values()) {
            if (!byKind.containsKey(kind)) {
                throw invalid(kind + " has no criteria");
            }
            checkFullMarksEveryYear(kind);
        }
    }

    public List<Criterion> checklist(UnitKind kind, int year) {
        return byKind.get(kind).checklist().stream().filter(item -> item.appliesIn(year))
                .map(item -> new Criterion(item.code(), item.vi(), item.en(), null)).toList();
    }

    public ScoringSheet scoringSheet(UnitKind kind, int year) {
        return new ScoringSheet(kind, year, byKind.get(kind).sheet().stream()
                .map(group -> new ScoringSheet.Group(group.code(), group.vi(), group.en(), group.items().stream()
                        .filter(item -> item.appliesIn(year))
                        .map(item -> new Criterion(item.code(), item.vi(), item.en(), item.points())).toList()))
                .filter(group -> !group.items().isEmpty())
                .toList());
    }

    /** Every year where an item starts or ends is a year the sheet may change: each must give 100. */
    private void checkFullMarksEveryYear(UnitKind kind) {
        var years = new TreeSet<Integer>();
        items(kind).forEach(item -> {
            years.add(item.validFromYear());
            if (item.validToYear() != null) {
                years.add(item.validToYear() + 1);
            }
        });
        for (int year : years) {
            BigDecimal total = scoringSheet(kind, year).maximum();
            if (total.compareTo(FULL_MARKS) != 0) {
                throw invalid("the scoring sheet of " + kind + " for " + year + " adds up to "
                        + total.stripTrailingZeros().toPlainString() + " points, not 100");
            }
        }
    }

    private Stream<CriteriaFile.Item> items(UnitKind kind) {
        return byKind.get(kind).sheet().stream().flatMap(group -> group.items().stream());
    }

    private static IllegalStateException invalid(String problem) {
        return new IllegalStateException("reference/" + FILE + ": " + problem);
    }
}
