package vn.phoihop.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.phoihop.referencedata.ReferenceDataFiles;

/** Against the real {@code reference/holidays.yaml}, so a wrong edit of the file fails here. */
class WorkingDaysTest {

    private final WorkingDays workingDays = new WorkingDays(new HolidayCalendar(new ReferenceDataFiles()));

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void skipsTheWeekend() {
        assertThat(workingDays.addWorkingDays(d("2025-03-07"), 1)).isEqualTo(d("2025-03-10")); // Fri → Mon
        assertThat(workingDays.addWorkingDays(d("2025-03-06"), 3)).isEqualTo(d("2025-03-11")); // Thu → Tue
        assertThat(workingDays.addWorkingDays(d("2025-03-08"), 1)).isEqualTo(d("2025-03-10")); // Sat → Mon
    }

    @Test
    void skipsTet2025() {
        // Off Sat 25/01 to Sun 02/02/2025.
        assertThat(workingDays.addWorkingDays(d("2025-01-24"), 1)).isEqualTo(d("2025-02-03"));
        assertThat(workingDays.addWorkingDays(d("2025-01-23"), 2)).isEqualTo(d("2025-02-03"));
        assertThat(workingDays.workingDaysBetween(d("2025-01-24"), d("2025-02-02"))).isZero();
    }

    @Test
    void skipsReunificationAndLabourDay2025WithTheSwappedFriday() {
        // 30/4 Wed and 1/5 Thu are holidays; Fri 2/5 was swapped for Sat 26/4, so the next
        // working day after Tue 29/4 is Mon 5/5.
        assertThat(workingDays.isWorkingDay(d("2025-05-02"))).isFalse();
        assertThat(workingDays.addWorkingDays(d("2025-04-29"), 1)).isEqualTo(d("2025-05-05"));
        assertThat(workingDays.addWorkingDays(d("2025-04-29"), 2)).isEqualTo(d("2025-05-06"));
    }

    @Test
    void countsAMakeUpSaturday() {
        assertThat(workingDays.isWorkingDay(d("2025-04-26"))).isTrue();
        assertThat(workingDays.addWorkingDays(d("2025-04-25"), 1)).isEqualTo(d("2025-04-26")); // Fri → Sat
        assertThat(workingDays.addWorkingDays(d("2025-04-25"), 2)).isEqualTo(d("2025-04-28")); // → Mon
        // 2024: Mon 29/4 off, Sat 4/5 worked instead.
        assertThat(workingDays.isWorkingDay(d("2024-04-29"))).isFalse();
        assertThat(workingDays.addWorkingDays(d("2024-05-03"), 1)).isEqualTo(d("2024-05-04"));
        assertThat(workingDays.isWorkingDay(d("2024-05-11"))).isFalse(); // an ordinary Saturday
    }

    @Test
    void holidayOnASundayGivesTheMondayOff() {
        assertThat(workingDays.isWorkingDay(d("2026-04-27"))).isFalse();
        assertThat(workingDays.addWorkingDays(d("2026-04-24"), 1)).isEqualTo(d("2026-04-28"));
    }

    @Test
    void zeroDaysIsTheStartDayEvenWhenItIsADayOff() {
        assertThat(workingDays.addWorkingDays(d("2025-03-10"), 0)).isEqualTo(d("2025-03-10"));
        assertThat(workingDays.addWorkingDays(d("2025-03-09"), 0)).isEqualTo(d("2025-03-09"));
        assertThat(workingDays.workingDaysBetween(d("2025-03-09"), d("2025-03-09"))).isZero();
    }

    @Test
    void negativeDaysAreRefused() {
        assertThatThrownBy(() -> workingDays.addWorkingDays(d("2025-03-10"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void knowsHolidaysAndSundays() {
        assertThat(workingDays.isWorkingDay(d("2025-09-02"))).isFalse(); // Quốc khánh, Tue
        assertThat(workingDays.isWorkingDay(d("2025-09-01"))).isFalse(); // adjacent day, Mon
        assertThat(workingDays.isWorkingDay(d("2024-04-18"))).isFalse(); // Giỗ Tổ, Thu
        assertThat(workingDays.isWorkingDay(d("2026-02-16"))).isFalse(); // Tết Bính Ngọ, Mon
        assertThat(workingDays.isWorkingDay(d("2025-03-09"))).isFalse(); // Sunday
        assertThat(workingDays.isWorkingDay(d("2025-03-10"))).isTrue();  // ordinary Monday
    }

    @Test
    void workingDaysBetweenUndoesAddWorkingDaysOverEveryCoveredDay() {
        for (var start = d("2024-01-01"); start.isBefore(d("2027-12-01")); start = start.plusDays(1)) {
            for (int n = 0; n <= 25; n += 5) {
                var end = workingDays.addWorkingDays(start, n);
                assertThat(workingDays.workingDaysBetween(start, end)).as("%s + %d = %s", start, n, end).isEqualTo(n);
                assertThat(workingDays.workingDaysBetween(end, start)).isEqualTo(-n);
                if (n > 0) {
                    assertThat(workingDays.isWorkingDay(end)).as("%s + %d = %s", start, n, end).isTrue();
                }
            }
        }
    }

    @Test
    void deadlineIsFivePmProvinceTimeOfTheProvinceDate() {
        // Tue 29/4/2025 20:00 in Vietnam (13:00 UTC) + 1 working day → Mon 5/5 17:00 (10:00 UTC).
        var start = Date.from(Instant.parse("2025-04-29T13:00:00Z"));
        assertThat(workingDays.deadline(start, 1)).isEqualTo(Date.from(Instant.parse("2025-05-05T10:00:00Z")));
        // 06:30 on Fri 7/3 in Vietnam is still Thu 6/3 in UTC; the province's date must count.
        var earlyMorning = Date.from(Instant.parse("2025-03-06T23:30:00Z"));
        assertThat(workingDays.deadline(earlyMorning, 1)).isEqualTo(Date.from(Instant.parse("2025-03-10T10:00:00Z")));
        assertThat(workingDays.deadline(earlyMorning, 0)).isEqualTo(Date.from(Instant.parse("2025-03-07T10:00:00Z")));
    }

    @Test
    void coversTheYearsTheFileLists() {
        var calendar = new HolidayCalendar(new ReferenceDataFiles());
        assertThat(List.of(2024, 2025, 2026, 2027)).allMatch(calendar::covers);
    }

    @Test
    void contradictoryFilesStopStartUp() {
        var sunday = d("2025-03-09");
        var monday = d("2025-03-10");
        assertThatThrownBy(() -> calendarOf(new HolidayRow.File(
                List.of(new HolidayRow(sunday, null, "x")), List.of(new HolidayRow(sunday, null, "y")))))
                .hasMessageContaining("both as a holiday and as a working day");
        assertThatThrownBy(() -> calendarOf(new HolidayRow.File(List.of(), List.of(new HolidayRow(monday, null, "y")))))
                .hasMessageContaining("only a Saturday or Sunday");
        assertThatThrownBy(() -> calendarOf(new HolidayRow.File(List.of(new HolidayRow(monday, sunday, "x")), List.of())))
                .hasMessageContaining("'until' is before 'date'");
    }

    private static HolidayCalendar calendarOf(HolidayRow.File file) {
        return new HolidayCalendar(new ReferenceDataFiles() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> T read(String fileName, Class<T> type) {
                return (T) file;
            }
        });
    }
}
