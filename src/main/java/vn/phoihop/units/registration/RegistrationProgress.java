package vn.phoihop.units.registration;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import vn.phoihop.portal.ProvinceClock;

/**
 * The plan's progress on safe units for a year, per managing level: units registered of all active
 * units (target 100 %), and the monthly checks done on time. Two aggregate queries on the indexed
 * columns, not entities, so that a province of thousands of units answers in milliseconds
 * ({@code -Pbenchmark-units} measures it).
 */
@NamedInterface("progress")
@Component
public class RegistrationProgress {

    private static final String UNITS = """
            select u.managing_org as org, count(*) as units, count(r.unit_code) as registered
            from safe_unit u
            left join (select distinct unit_code from unit_registration
                       where plan_year = :year and status <> 'WITHDRAWN') r on r.unit_code = u.code
            where u.active = true %s
            group by u.managing_org""";

    private static final String CHECKS = """
            select r.managing_org as org, count(c.id) as opened,
                   sum(case when c.done_at is not null and c.done_at <= c.due_at then 1 else 0 end) as on_time,
                   sum(case when c.done_at is not null and c.done_at > c.due_at then 1 else 0 end) as late,
                   sum(case when c.status = 'MISSED' or (c.status = 'OPEN' and c.due_at < :now) then 1 else 0 end) as overdue
            from unit_registration r
            join unit_self_check c on c.registration_id = r.id
            where r.plan_year = :year %s
            group by r.managing_org""";

    private final NamedParameterJdbcTemplate jdbc;

    RegistrationProgress(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param managingOrganizations the managing levels to count, or {@code null} for the whole province
     * @return one row per managing level that has units or checks, by code
     */
    public List<Row> of(int year, Collection<String> managingOrganizations) {
        if (managingOrganizations != null && managingOrganizations.isEmpty()) {
            return List.of();
        }
        var parameters = new MapSqlParameterSource("year", year).addValue("now", Timestamp.from(ProvinceClock.now()))
                .addValue("orgs", managingOrganizations);
        Map<String, Row> rows = new LinkedHashMap<>();
        jdbc.query(UNITS.formatted(managingOrganizations == null ? "" : "and u.managing_org in (:orgs)"), parameters, rs -> {
            rows.put(rs.getString("org"), new Row(rs.getString("org"), rs.getLong("units"), rs.getLong("registered"), 0, 0, 0, 0));
        });
        jdbc.query(CHECKS.formatted(managingOrganizations == null ? "" : "and r.managing_org in (:orgs)"), parameters, rs -> {
            Row units = rows.getOrDefault(rs.getString("org"), new Row(rs.getString("org"), 0, 0, 0, 0, 0, 0));
            rows.put(units.organization(), new Row(units.organization(), units.units(), units.registered(),
                    rs.getLong("opened"), rs.getLong("on_time"), rs.getLong("late"), rs.getLong("overdue")));
        });
        List<Row> sorted = new ArrayList<>(rows.values());
        sorted.sort(java.util.Comparator.comparing(Row::organization));
        return sorted;
    }

    /** The rows added up: the province, or the user's managing levels together. */
    public static Row total(List<Row> rows) {
        return rows.stream().reduce(new Row(null, 0, 0, 0, 0, 0, 0), (a, b) -> new Row(null, a.units() + b.units(),
                a.registered() + b.registered(), a.checksOpened() + b.checksOpened(), a.onTime() + b.onTime(),
                a.late() + b.late(), a.overdue() + b.overdue()));
    }

    /**
     * @param overdue rounds missed, or still open past their due time
     */
    @NamedInterface("progress")
    public record Row(String organization, long units, long registered, long checksOpened, long onTime, long late,
                      long overdue) {

        /** Whole per cent, rounded down, so that 100 % means every unit; null when there is nothing to count. */
        public Integer registeredPercent() {
            return percent(registered, units);
        }

        public Integer onTimePercent() {
            return percent(onTime, checksOpened);
        }

        private static Integer percent(long part, long whole) {
            return whole == 0 ? null : (int) (part * 100 / whole);
        }
    }
}
