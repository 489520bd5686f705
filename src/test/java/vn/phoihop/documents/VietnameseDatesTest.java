package vn.phoihop.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class VietnameseDatesTest {

    @Test
    void writesTheDecreeExample() {
        assertThat(VietnameseDates.placeAndDate("Tây Ninh", LocalDate.of(2024, 1, 5)))
                .isEqualTo("Tây Ninh, ngày 05 tháng 01 năm 2024");
    }

    /** Decree 30/2020, Appendix I: a zero before days below 10 and months 1 and 2 only. */
    @ParameterizedTest
    @CsvSource({
            "2024-02-09, ngày 09 tháng 02 năm 2024",
            "2024-03-01, ngày 01 tháng 3 năm 2024",
            "2024-09-15, ngày 15 tháng 9 năm 2024",
            "2024-10-10, ngày 10 tháng 10 năm 2024",
            "2023-12-31, ngày 31 tháng 12 năm 2023",
    })
    void padsDaysBelowTenAndJanuaryAndFebruary(LocalDate date, String expected) {
        assertThat(VietnameseDates.date(date)).isEqualTo(expected);
    }

    @Test
    void needsAPlace() {
        assertThatThrownBy(() -> VietnameseDates.placeAndDate(" ", LocalDate.of(2024, 1, 5)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
