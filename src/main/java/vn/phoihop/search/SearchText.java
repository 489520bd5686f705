package vn.phoihop.search;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Search as Vietnamese users type it: without diacritics and in any case, so "nguyen van an" finds
 * "Nguyễn Văn An" and "01/qd-cat" finds "01/QĐ-CAT". Every list with a search box uses it: the
 * text typed goes through {@link #pattern(String)}, each searched column through {@link #sql(String)},
 * and the two meet in a plain {@code like ... escape '\'}:
 *
 * <pre>{@code "where " + SearchText.matches("p.title", "?")   // bind SearchText.pattern(q) to the ?}</pre>
 *
 * <p><b>Why folded in the query and not stored folded.</b> The portable alternative, a copy of
 * every searched text kept folded in a table of its own, needs a write hook in every feature that
 * writes a title, a number or a name (and in Camunda for business keys and variables), a backfill
 * of what exists, and stays wrong wherever a hook is forgotten. Folding in the query reads the
 * columns as they are, so a new registry gets the same search by naming its columns. It uses only
 * {@code replace}, {@code translate} and {@code lower}, which H2 and PostgreSQL both have with
 * the same meaning; {@code unaccent} would need {@code CREATE EXTENSION}, which production may not
 * allow. The price is a function call per scanned row, which {@code like '%…%'} scans anyway; the
 * task-list benchmark measures a search among 10,000 tasks.
 *
 * <p><b>What is folded.</b> The Vietnamese vowels with their tone and shape marks, in either case,
 * become their base letter, {@code đ/Đ} becomes {@code d} (Unicode does not decompose it), the
 * marks themselves are dropped when a text was stored decomposed (NFD, as some input methods
 * write it), and then everything is lower case. {@link #normalize(String)} does exactly the same in
 * Java, not a general "strip every accent": the two must agree character for character, and
 * H2's {@code translate} cannot drop characters, only replace them. Other scripts' accents
 * (ü, ç) are compared as typed.
 */
public final class SearchText {

    /** Tone marks (grave, acute, tilde, hook, dot below) and shape marks (circumflex, breve, horn). */
    private static final String MARKS = "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B";
    private static final String VOWELS = "aAeEiIoOuUyY";

    /** Every precomposed Vietnamese letter, and at the same index the letter it folds to. */
    static final String FROM;
    static final String TO;

    static {
        StringBuilder from = new StringBuilder("đĐ");
        StringBuilder to = new StringBuilder("dD");
        for (char c = '\u00C0'; c < '\u1F00'; c++) {
            String decomposed = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
            if (decomposed.length() > 1 && VOWELS.indexOf(decomposed.charAt(0)) >= 0
                    && decomposed.substring(1).chars().allMatch(mark -> MARKS.indexOf(mark) >= 0)) {
                from.append(c);
                to.append(decomposed.charAt(0));
            }
        }
        FROM = from.toString();
        TO = to.toString();
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {
    }

    /** The folded form of a text, as {@link #sql(String)} folds a column; null stays null. */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (MARKS.indexOf(c) >= 0) {
                continue;
            }
            int at = FROM.indexOf(c);
            folded.append(at >= 0 ? TO.charAt(at) : c);
        }
        return folded.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The SQL expression that folds {@code column} like {@link #normalize(String)}. The column is a
     * fixed name of the caller's query, never user input; the letters are constants of this class.
     */
    public static String sql(String column) {
        String expression = column;
        for (int i = 0; i < MARKS.length(); i++) {
            expression = "replace(" + expression + ", '" + MARKS.charAt(i) + "', '')";
        }
        return "lower(translate(" + expression + ", '" + FROM + "', '" + TO + "'))";
    }

    /**
     * The condition "the folded column contains the folded text", for a query whose parameter
     * {@code placeholder} ({@code ?} for JDBC, {@code #{text}} in a Camunda native query) is bound
     * to {@link #pattern(String)}.
     */
    public static String matches(String column, String placeholder) {
        return sql(column) + " like " + placeholder + " escape '\\'";
    }

    /**
     * What a user typed, as the bound value of {@link #matches}: folded, runs of spaces made one, and
     * the wildcards of {@code like} taken literally ("100%" looks for a percent sign).
     */
    public static String pattern(String typed) {
        String folded = SPACES.matcher(normalize(typed == null ? "" : typed).strip()).replaceAll(" ");
        return "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
