package vn.phoihop.documents;

import java.time.LocalDate;

/** Dates as Vietnamese administrative documents write them (Decree 30/2020/NĐ-CP, Appendix I). */
public final class VietnameseDates {

    private VietnameseDates() {
    }

    /**
     * "Tây Ninh, ngày 05 tháng 01 năm 2024". The decree puts a leading zero before days below 10
     * and before months 1 and 2 only, so that nobody can turn "1" into "11" or "12" by hand; March
     * to September stay single digits ("ngày 15 tháng 3 năm 2024").
     */
    public static String placeAndDate(String place, LocalDate date) {
        if (place == null || place.isBlank()) {
            throw new IllegalArgumentException("place is required");
        }
        return place.strip() + ", " + date(date);
    }

    /** "ngày 05 tháng 01 năm 2024", without the place. */
    public static String date(LocalDate date) {
        int month = date.getMonthValue();
        String monthText = month <= 2 ? "0" + month : Integer.toString(month);
        return String.format("ngày %02d tháng %s năm %d", date.getDayOfMonth(), monthText, date.getYear());
    }
}
