package vn.phoihop.propaganda;

import java.util.List;
import java.util.Map;

import vn.phoihop.organizations.PlanReaders;
import vn.phoihop.zalo.ZaloGroup;

/**
 * A material as one user may see it: those who read the plan whole see every organisation's
 * confirmation; a receiving organisation its own, the total reach, and the links of its own Zalo
 * groups a phone opens to post the text (nothing is posted from here).
 */
public record MaterialView(Material material, boolean whole, List<Confirmation> confirmations, List<ZaloGroup> ownGroups,
                           Map<String, String> organizationNames) {

    static MaterialView of(Material material, PlanReaders.Reader reader, List<ZaloGroup> ownGroups, Map<String, String> names) {
        return new MaterialView(material, reader.whole(),
                material.confirmations().stream().filter(confirmation -> reader.sees(confirmation.organization())).toList(),
                ownGroups, names);
    }

    /** Those who read the plan whole, and the organisations the material was sent to. */
    static boolean readable(Material material, PlanReaders.Reader reader) {
        return reader.whole() || material.confirmations().stream().anyMatch(confirmation -> reader.sees(confirmation.organization()));
    }

    public String title() {
        return MaterialTitles.of(material);
    }

    public String organizationName(String code) {
        return organizationNames.getOrDefault(code, code);
    }
}
