package vn.phoihop.commendations;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import vn.phoihop.documents.DocumentNumber;

/**
 * What a commendation decision says, in the order Decree 30/2020 lays it out. Plain text only:
 * {@link DecisionDocument} writes it through POI, which escapes it, so nothing here is markup.
 *
 * @param issuingBody     e.g. "CÔNG AN TỈNH TÂY NINH"
 * @param issuerShortName e.g. "CAT", as in the symbol
 * @param place           where it is issued, e.g. "Tây Ninh"
 * @param summary         e.g. "Về việc tặng Giấy khen cho các tập thể, cá nhân ..."
 * @param awardName       e.g. "Giấy khen của Giám đốc Công an tỉnh"
 * @param reason          what follows "vì:", e.g. "Đã có thành tích xuất sắc năm 2023"
 * @param recipients      "Nơi nhận", one line each, e.g. "Như Điều 1", "Lưu: VT, PX05"
 */
public record DecisionContent(String issuingBody, String issuerShortName, DocumentNumber number, LocalDate date,
        String place, String summary, String awardName, String reason, List<Nominee> nominees, String signerTitle,
        String signerName, List<String> recipients) {

    public DecisionContent {
        Objects.requireNonNull(issuingBody, "issuingBody");
        Objects.requireNonNull(number, "number");
        // The symbol is written from the number; a different short name here would mean the
        // number was taken from another issuer's counter.
        if (issuerShortName != null && !issuerShortName.equals(number.issuer())) {
            throw new IllegalArgumentException("number " + number + " is not from the counter of " + issuerShortName);
        }
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(awardName, "awardName");
        Objects.requireNonNull(signerTitle, "signerTitle");
        Objects.requireNonNull(signerName, "signerName");
        if (nominees == null || nominees.isEmpty()) {
            throw new IllegalArgumentException("a commendation decision names at least one nominee");
        }
        nominees = List.copyOf(nominees);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /**
     * One person or collective commended.
     *
     * @param detail organisation or position, e.g. "Trưởng Công an xã Tân Bình"; may be empty
     */
    public record Nominee(String name, String detail) {

        public Nominee {
            Objects.requireNonNull(name, "name");
        }
    }
}
