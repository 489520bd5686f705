package vn.phoihop.imports;

import java.util.Map;

/** One data row of a file, its number as a spreadsheet shows it (the header is row 1), cells by column key. */
public record ImportRow(int number, Map<String, String> cells) {

    /** The trimmed cell, or null when empty. */
    public String get(String key) {
        String value = cells.get(key);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
