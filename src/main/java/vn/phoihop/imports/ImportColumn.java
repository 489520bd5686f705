package vn.phoihop.imports;

import java.util.List;

import vn.phoihop.search.SearchText;

/**
 * One column an import expects, found by its header: the key the code uses and the headers a file
 * may give it (compared without diacritics or case, so "Ma don vi" finds "Mã đơn vị").
 */
public record ImportColumn(String key, boolean required, int maxLength, List<String> headers) {

    public static ImportColumn required(String key, int maxLength, String... headers) {
        return new ImportColumn(key, true, maxLength, List.of(headers));
    }

    public static ImportColumn optional(String key, int maxLength, String... headers) {
        return new ImportColumn(key, false, maxLength, List.of(headers));
    }

    /** The header a file written by the product uses (the first one). */
    public String header() {
        return headers.get(0);
    }

    boolean matches(String header) {
        String folded = fold(header);
        return fold(key).equals(folded) || headers.stream().anyMatch(name -> fold(name).equals(folded));
    }

    private static String fold(String text) {
        return SearchText.normalize(text == null ? "" : text.strip()).replaceAll("\\s+", " ");
    }
}
