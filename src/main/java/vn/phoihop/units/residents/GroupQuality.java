package vn.phoihop.units.residents;

import java.util.Arrays;
import java.util.Optional;

import vn.phoihop.search.SearchText;

/** How well a resident group's board works, as the managing police rates it. */
public enum GroupQuality {
    GOOD("Tốt", "Good"), FAIR("Khá", "Fair"), AVERAGE("Trung bình", "Average"), WEAK("Yếu", "Weak");

    private final String vietnamese;
    private final String english;

    GroupQuality(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    /** A cell as a file writes it, in either language, with or without diacritics. */
    static Optional<GroupQuality> parse(String cell) {
        String folded = SearchText.normalize(cell == null ? "" : cell.strip());
        return Arrays.stream(values()).filter(quality -> SearchText.normalize(quality.vietnamese).equals(folded)
                || SearchText.normalize(quality.english).equals(folded) || quality.name().equalsIgnoreCase(folded)).findFirst();
    }
}
