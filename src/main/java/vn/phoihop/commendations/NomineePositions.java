package vn.phoihop.commendations;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The nominees a checklist ticked. The portal's checklists post positions as a list of strings;
 * the REST API, which cannot send a list without a serialization plugin, may send them
 * comma-separated. Anything else is not a nominee.
 */
final class NomineePositions {

    private NomineePositions() {
    }

    static Set<Integer> of(Object selected) {
        Set<Integer> positions = new TreeSet<>();
        Collection<?> items = selected instanceof Collection<?> list ? list
                : selected instanceof String text ? List.of(text.split(",")) : List.of();
        for (Object item : items) {
            try {
                positions.add(Integer.parseInt(String.valueOf(item).strip()));
            } catch (NumberFormatException notANominee) {
                // ignored: only the listed positions can match a nominee row
            }
        }
        return positions;
    }
}
