package vn.phoihop.commendations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import vn.phoihop.documents.DocumentNumber;
import vn.phoihop.documents.VietnameseDates;

/**
 * What one commendation decision says, in the order Decree 30/2020 lays it out, with its lines
 * punctuated: the Word file ({@link DecisionDocument}) and the PDF ({@link DecisionPdf}) only lay
 * out these lines, so both say the same words. Plain text only: both writers escape it.
 *
 * @param text       the issuer's template with the decision's values filled in
 * @param signerName who signed, e.g. "Phạm Quốc Bảo"; empty when history does not tell
 */
public record DecisionContent(DecisionTemplate text, DocumentNumber number, LocalDate date, List<Nominee> nominees,
        String signerName) {

    static final String TYPE_ABBREVIATION = "QĐ";
    static final String TYPE = "QUYẾT ĐỊNH";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    public DecisionContent {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(number, "number");
        // The symbol is written from the number; another issuer's template would mean the number
        // was taken from another issuer's counter.
        if (!text.issuer().equals(number.issuer())) {
            throw new IllegalArgumentException("number " + number + " is not from the counter of " + text.issuer());
        }
        Objects.requireNonNull(date, "date");
        if (nominees == null || nominees.isEmpty()) {
            throw new IllegalArgumentException("a commendation decision names at least one nominee");
        }
        nominees = List.copyOf(nominees);
        signerName = signerName == null ? "" : signerName;
    }

    /**
     * Who the decision commends, as its texts name them: "tập thể" or "cá nhân" for one,
     * "các tập thể", "các cá nhân" or "các tập thể, cá nhân" for several.
     */
    public static String subjects(List<Nominee> nominees) {
        boolean collectives = nominees.stream().anyMatch(Nominee::collective);
        boolean individuals = nominees.stream().anyMatch(nominee -> !nominee.collective());
        String kinds = collectives && individuals ? "tập thể, cá nhân" : collectives ? "tập thể" : "cá nhân";
        return nominees.size() == 1 ? kinds : "các " + kinds;
    }

    public List<String> issuerLines() {
        return upper(text.issuerLines());
    }

    public String numberLine() {
        return "Số: " + number.symbol(TYPE_ABBREVIATION);
    }

    public String placeAndDate() {
        return VietnameseDates.placeAndDate(text.place(), date);
    }

    public String type() {
        return TYPE;
    }

    public String summary() {
        return withoutEnd(text.summary());
    }

    public String authority() {
        return withoutEnd(text.authority()).toUpperCase(VIETNAMESE);
    }

    /** "Căn cứ …;" each, the last (the proposal it answers) closed with a full stop. */
    public List<String> legalBases() {
        return listed(text.legalBases(), ";", ".");
    }

    public String decides() {
        return TYPE + ":";
    }

    public String awardLine() {
        return ended(text.award(), ":");
    }

    /** "1. Nguyễn Văn An, Trưởng Công an xã Tân Bình;" and the last with a comma, as "vì:" follows. */
    public List<String> nomineeLines() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < nominees.size(); i++) {
            Nominee nominee = nominees.get(i);
            String line = nominee.detail() == null || nominee.detail().isBlank() ? nominee.name()
                    : nominee.name() + ", " + nominee.detail();
            lines.add((i + 1) + ". " + ended(line, i == nominees.size() - 1 ? "," : ";"));
        }
        return lines;
    }

    /** "vì: Đã có thành tích …." with a capital after the colon, as in decisions of this kind. */
    public String reasonLine() {
        String reason = withoutEnd(text.reason());
        return "vì: " + reason.substring(0, 1).toUpperCase(VIETNAMESE) + reason.substring(1) + ".";
    }

    public String article2() {
        return ended(text.execution(), ".");
    }

    public String article3() {
        return ended(text.effect(), ".");
    }

    public List<String> signerLines() {
        return upper(text.signerLines());
    }

    public String recipientsTitle() {
        return "Nơi nhận:";
    }

    /** "- Như Điều 2;" each, the last "- Lưu: VT, PX05." */
    public List<String> recipientLines() {
        return listed(text.recipients(), ";", ".").stream().map(line -> "- " + line).toList();
    }

    /** The decision's file name without extension, e.g. "Quyết định 05-QĐ-CAT". */
    public String fileName() {
        return "Quyết định " + number.symbol(TYPE_ABBREVIATION).replace('/', '-');
    }

    private static List<String> listed(List<String> lines, String between, String last) {
        List<String> result = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            result.add(ended(lines.get(i), i == lines.size() - 1 ? last : between));
        }
        return result;
    }

    /** The line with exactly one closing mark, whatever the template's line already ended with. */
    static String ended(String line, String mark) {
        return withoutEnd(line) + mark;
    }

    private static String withoutEnd(String line) {
        return line.strip().replaceAll("[\\s;,.:]+$", "");
    }

    private static List<String> upper(List<String> lines) {
        return lines.stream().map(line -> line.toUpperCase(VIETNAMESE)).toList();
    }

    /**
     * One person or collective commended.
     *
     * @param detail     organisation or position, e.g. "Trưởng Công an xã Tân Bình"; may be empty
     * @param collective a collective (tập thể) rather than an individual (cá nhân)
     */
    public record Nominee(String name, String detail, boolean collective) {

        public Nominee {
            Objects.requireNonNull(name, "name");
        }
    }
}
