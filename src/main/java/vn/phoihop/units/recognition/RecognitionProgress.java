package vn.phoihop.units.recognition;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.phoihop.units.MovementLevel;

/**
 * The classification of a year's decided recognitions per managing level: how many units at each
 * level, and how many were recognised. One aggregate query on the indexed columns.
 */
@Component
public class RecognitionProgress {

    private static final String DECIDED = """
            select managing_org as org, movement_level as lvl, count(*) as decided,
                   sum(case when recognised = true then 1 else 0 end) as recognised
            from unit_recognition
            where plan_year = :year and status in ('RECOGNISED', 'NOT_RECOGNISED') %s
            group by managing_org, movement_level""";

    private final NamedParameterJdbcTemplate jdbc;

    RecognitionProgress(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @param managingOrganizations the managing levels to count, or {@code null} for the whole province */
    public List<Row> of(int year, Collection<String> managingOrganizations) {
        if (managingOrganizations != null && managingOrganizations.isEmpty()) {
            return List.of();
        }
        Map<String, Row> rows = new TreeMap<>();
        jdbc.query(DECIDED.formatted(managingOrganizations == null ? "" : "and managing_org in (:orgs)"),
                new MapSqlParameterSource("year", year).addValue("orgs", managingOrganizations), rs -> {
                    Row row = rows.computeIfAbsent(rs.getString("org"), Row::new);
                    MovementLevel level = rs.getString("lvl") == null ? MovementLevel.BELOW : MovementLevel.valueOf(rs.getString("lvl"));
                    row.byLevel.merge(level, rs.getLong("decided"), Long::sum);
                    row.recognised += rs.getLong("recognised");
                });
        return List.copyOf(rows.values());
    }

    public static Row total(List<Row> rows) {
        Row total = new Row(null);
        rows.forEach(row -> {
            row.byLevel.forEach((level, count) -> total.byLevel.merge(level, count, Long::sum));
            total.recognised += row.recognised;
        });
        return total;
    }

    /** One managing level's decided units by level. */
    public static final class Row {

        private final String organization;
        private final Map<MovementLevel, Long> byLevel = new EnumMap<>(MovementLevel.class);
        private long recognised;

        Row(String organization) {
            this.organization = organization;
        }

        public String organization() {
            return organization;
        }

        public long at(MovementLevel level) {
            return byLevel.getOrDefault(level, 0L);
        }

        public long recognised() {
            return recognised;
        }

        public long decided() {
            return byLevel.values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
