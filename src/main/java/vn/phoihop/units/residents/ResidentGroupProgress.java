package vn.phoihop.units.residents;

import java.util.Collection;
import java.util.List;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * The plan's figure on resident groups per managing level: groups whose board is consolidated and
 * working, of all groups (target: at least a third), and households informed of all households.
 */
@NamedInterface("progress")
@Component
public class ResidentGroupProgress {

    private final ResidentGroupRepository groups;

    ResidentGroupProgress(ResidentGroupRepository groups) {
        this.groups = groups;
    }

    /** @param managingOrganizations the managing levels to count, or {@code null} for the whole province */
    public List<Row> of(Collection<String> managingOrganizations) {
        return groups.countsByManagingOrganization().stream()
                .map(counts -> new Row((String) counts[0], ((Number) counts[1]).longValue(), ((Number) counts[2]).longValue(),
                        ((Number) counts[3]).longValue(), ((Number) counts[4]).longValue()))
                .filter(row -> managingOrganizations == null || managingOrganizations.contains(row.organization()))
                .sorted(java.util.Comparator.comparing(Row::organization)).toList();
    }

    public static Row total(List<Row> rows) {
        return rows.stream().reduce(new Row(null, 0, 0, 0, 0), (a, b) -> new Row(null, a.groups() + b.groups(),
                a.consolidated() + b.consolidated(), a.households() + b.households(), a.informed() + b.informed()));
    }

    @NamedInterface("progress")
    public record Row(String organization, long groups, long consolidated, long households, long informed) {

        /** The plan's target: a third of the groups or more (compared in whole numbers, no rounding). */
        public boolean meetsTarget() {
            return groups > 0 && consolidated * 3 >= groups;
        }

        public Integer consolidatedPercent() {
            return groups == 0 ? null : (int) (consolidated * 100 / groups);
        }

        public Integer informedPercent() {
            return households == 0 ? null : (int) (informed * 100 / households);
        }
    }
}
