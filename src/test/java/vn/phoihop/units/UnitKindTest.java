package vn.phoihop.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The evaluation period per kind of unit, as Circular 124/2021/TT-BCA sets it (DESIGN.md §5). */
class UnitKindTest {

    @Test
    void aResidentialAreaIsEvaluatedFromTheFirstOfNovemberToTheEndOfOctober() {
        EvaluationPeriod period = UnitKind.RESIDENTIAL_AREA.evaluationPeriod(2026);
        assertThat(period.from()).isEqualTo(LocalDate.of(2025, 11, 1));
        assertThat(period.to()).isEqualTo(LocalDate.of(2026, 10, 31));
    }

    @Test
    void theOtherKindsAreEvaluatedFromTheSixteenthOfNovemberToTheFifteenth() {
        for (UnitKind kind : new UnitKind[] {UnitKind.COMMUNE, UnitKind.AGENCY, UnitKind.ENTERPRISE, UnitKind.SCHOOL}) {
            EvaluationPeriod period = kind.evaluationPeriod(2026);
            assertThat(period.from()).as(kind.name()).isEqualTo(LocalDate.of(2025, 11, 16));
            assertThat(period.to()).as(kind.name()).isEqualTo(LocalDate.of(2026, 11, 15));
            assertThat(period.contains(LocalDate.of(2026, 11, 16))).isFalse();
        }
    }
}
