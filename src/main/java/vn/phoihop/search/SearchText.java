package vn.phoihop.search;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Search as Vietnamese users type it: without diacritics and in any case, so "nguyen van an" finds
 * "Nguyễn Văn An" and "01/qd-cat" finds "01/QĐ-CAT". Every list with a search box uses it: the
 * text typed goes through {@link #pattern(String)}, each searched column through {@link #sql(String)},
 * and the two meet in a plain {@code like ... escape '\'}:
 *
 * <pre>{@code "where " + SearchText.matches("p.title", "?", "?")   // bind quickPattern(q), pattern(q)}</pre>
 *
 * <p><b>Why folded in the query and not stored folded.</b> The portable alternative, a copy of
 * every searched text kept folded in a table of its own, needs a write hook in every feature that
 * writes a title, a number or a name (and in Camunda for business keys and variables), a backfill
 * of what exists, and stays wrong wherever a hook is forgotten. Folding in the query reads the
 * columns as they are, so a new registry gets the same search by naming its columns. It uses only
 * {@code replace}, {@code translate} and {@code lower}, which H2 and PostgreSQL both have with
 * the same meaning; {@code unaccent} would need {@code CREATE EXTENSION}, which production may not
 * allow. The price is the folding of the scanned rows, which {@code like '%…%'} scans anyway; a
 * quick test that every match passes keeps it to the likely rows ({@link #matches}). The
 * task-list benchmark measures a search among all the open tasks. Where a list must search a
 * million rows, PostgreSQL's trigram index on {@link #sql(String)} of the column serves the same
 * {@code like} (the task list's, {@code db/engine/postgresql/V2}): an index made of the expression
 * must be made again by a new migration whenever this folding changes.
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
    /** The letters a folded text may hold where the stored text has another letter. */
    private static final String CHANGED = "aeiouyd";

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
     * The condition "the folded column contains the folded text", for a query whose parameters
     * ({@code ?} for JDBC, e.g. {@code #{quick}} and {@code #{text}} in a Camunda native query) are
     * bound to {@link #quickPattern(String)} and {@link #pattern(String)}. The quick pattern is a
     * plain {@code lower(column) like} that every match also passes (see {@link #quickPattern}):
     * PostgreSQL's {@code translate} over all Vietnamese letters costs some 40 µs a row, ten times
     * a {@code like}, so it runs only on the rows that pass. Both databases test the cheaper
     * condition first (H2 in the written order, PostgreSQL by cost).
     */
    public static String matches(String column, String quickPlaceholder, String placeholder) {
        return "(lower(" + column + ") like " + quickPlaceholder + " escape '\\' and "
                + sql(column) + " like " + placeholder + " escape '\\')";
    }

    /**
     * The pattern of the quick test of {@link #matches}: the folded text with every run of letters
     * that folding may have changed (the vowels, {@code d}) replaced by {@code %}. What remains
     * (consonants, digits, spaces, "/" and "-") folding leaves as it is but for the case, so a
     * row the folded text matches contains it in that order: "01/qd-cat" keeps "01/q%-c%t", which
     * sorts out nearly every row at the price of a {@code like}.
     */
    public static String quickPattern(String typed) {
        StringBuilder quick = new StringBuilder("%");
        boolean wildcardLast = true;
        for (char c : typed(typed).toCharArray()) {
            if (CHANGED.indexOf(c) < 0) {
                quick.append(escape(String.valueOf(c)));
                wildcardLast = false;
            } else if (!wildcardLast) {
                quick.append('%');
                wildcardLast = true;
            }
        }
        return wildcardLast ? quick.toString() : quick.append('%').toString();
    }

    /**
     * What a user typed, as the bound value of the second parameter of {@link #matches}: folded, runs of spaces made one, and
     * the wildcards of {@code like} taken literally ("100%" looks for a percent sign).
     */
    public static String pattern(String typed) {
        return "%" + escape(typed(typed)) + "%";
    }

    private static String typed(String typed) {
        return SPACES.matcher(normalize(typed == null ? "" : typed).strip()).replaceAll(" ");
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
