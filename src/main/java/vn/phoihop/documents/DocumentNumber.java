package vn.phoihop.documents;

/**
 * A document's number as given by {@link DocumentNumbers}: unique per issuer (the issuer's
 * abbreviation, e.g. "CAT") and calendar year.
 */
public record DocumentNumber(String issuer, int year, int number) {

    public DocumentNumber {
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalArgumentException("issuer is required");
        }
        if (number < 1) {
            throw new IllegalArgumentException("document numbers start at 1: " + number);
        }
    }

    /**
     * The symbol as written after "Số:" (Decree 30/2020/NĐ-CP, Appendix I): number, then the type
     * abbreviation and the issuer's, e.g. "05/QĐ-CAT". Numbers below 10 get a leading zero as the
     * decree requires; from 100 on the number is written in full.
     */
    public String symbol(String typeAbbreviation) {
        if (typeAbbreviation == null || typeAbbreviation.isBlank()) {
            throw new IllegalArgumentException("type abbreviation is required, e.g. QĐ");
        }
        return String.format("%02d/%s-%s", number, typeAbbreviation, issuer);
    }
}
