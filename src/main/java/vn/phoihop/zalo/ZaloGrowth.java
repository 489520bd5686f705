package vn.phoihop.zalo;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan's growth target for the Zalo groups (III.1.4: keep adding members), for the dashboard and
 * the reports: per organisation, the members of its active groups at the start of the year (each
 * group's latest count on or before 1 January) and now (its latest count), and the totals.
 */
@Service
@Transactional(readOnly = true)
public class ZaloGrowth {

    private final ZaloGroupRepository groups;

    ZaloGrowth(ZaloGroupRepository groups) {
        this.groups = groups;
    }

    public Figures of(int year) {
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        Map<String, Row> rows = new TreeMap<>();
        for (ZaloGroup group : groups.findAll()) {
            if (!group.isActive()) {
                continue;
            }
            int before = group.countOn(start).map(MemberCount::members).orElse(0);
            int latest = group.countOn(end).map(MemberCount::members).orElse(before);
            rows.merge(group.getOrganization(), new Row(group.getOrganization(), 1, before, latest),
                    (a, b) -> new Row(a.organization(), a.groups() + b.groups(), a.atStart() + b.atStart(), a.latest() + b.latest()));
        }
        return new Figures(year, Map.copyOf(rows));
    }

    public record Row(String organization, int groups, int atStart, int latest) {

        public int growth() {
            return latest - atStart;
        }
    }

    public record Figures(int year, Map<String, Row> byOrganization) {

        public int atStart() {
            return byOrganization.values().stream().mapToInt(Row::atStart).sum();
        }

        public int latest() {
            return byOrganization.values().stream().mapToInt(Row::latest).sum();
        }
    }
}
