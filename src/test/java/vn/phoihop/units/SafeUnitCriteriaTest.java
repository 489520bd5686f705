package vn.phoihop.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.phoihop.units.UnitPages.PX05;
import static vn.phoihop.units.UnitPages.TAN_NINH;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.testsupport.IntegrationTest;
import vn.phoihop.testsupport.PortalUsers;

/** The criteria file as the province keeps it: versions by year, 100 points, checked scores, the page. */
@IntegrationTest
class SafeUnitCriteriaTest {

    @Autowired
    SafeUnitCriteria shipped;
    @Autowired
    MockMvc mvc;

    @Test
    void theShippedFileGivesEveryKindAHundredPointSheetAndAChecklist() {
        for (UnitKind kind : UnitKind.values()) {
            assertThat(shipped.scoringSheet(kind, 2026).maximum()).isEqualByComparingTo("100");
            assertThat(shipped.checklist(kind, 2026)).isNotEmpty();
        }
    }

    @Test
    void aCriterionAddedForNextYearShowsInNextYearsSheetOnly() {
        SafeUnitCriteria criteria = new SafeUnitCriteria(file(
                item("A", 2022, null, 60), item("B", 2022, 2026, 40), item("B2", 2027, null, 30), item("NEW", 2027, null, 10)));

        assertThat(codes(criteria.scoringSheet(UnitKind.SCHOOL, 2026))).containsExactly("A", "B");
        assertThat(codes(criteria.scoringSheet(UnitKind.SCHOOL, 2027))).containsExactly("A", "B2", "NEW");
        assertThat(criteria.checklist(UnitKind.SCHOOL, 2026)).extracting(Criterion::code).containsExactly("C2022");
        assertThat(criteria.checklist(UnitKind.SCHOOL, 2027)).extracting(Criterion::code).containsExactly("C2022", "C2027");
    }

    @Test
    void aSheetThatDoesNotAddUpToAHundredInSomeYearStopsTheStart() {
        assertThatThrownBy(() -> new SafeUnitCriteria(file(item("A", 2022, null, 60), item("B", 2022, null, 40), item("NEW", 2027, null, 5))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("safe-unit-criteria.yaml").hasMessageContaining("2027").hasMessageContaining("105 points");
    }

    @Test
    void aFilledInSheetIsCheckedItemByItem() {
        ScoringSheet sheet = shipped.scoringSheet(UnitKind.AGENCY, 2026);
        Map<String, BigDecimal> full = new HashMap<>();
        sheet.items().forEach(item -> full.put(item.code(), item.maxPoints()));
        assertThat(sheet.score(full).total()).isEqualByComparingTo("100");

        String first = sheet.items().get(0).code();
        Map<String, BigDecimal> half = new HashMap<>(full);
        half.put(first, full.get(first).subtract(new BigDecimal("0.5")));
        assertThat(sheet.score(half).total()).isEqualByComparingTo("99.5");

        assertRefused(sheet, with(full, first, null), "units.error.scoreMissing");
        assertRefused(sheet, with(full, first, full.get(first).add(BigDecimal.ONE)), "units.error.scoreAboveItsMaximum");
        assertRefused(sheet, with(full, first, new BigDecimal("-1")), "units.error.scoreAboveItsMaximum");
        assertRefused(sheet, with(full, first, new BigDecimal("0.3")), "units.error.scoreInHalfPoints");
        assertRefused(sheet, with(full, "NO-SUCH", BigDecimal.ONE), "units.error.scoreUnknownItem");
    }

    @Test
    void thePageShowsTheYearsCriteriaToWhoeverWorksWithUnits() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/units/criteria").param("kind", "SCHOOL").param("year", "2026").with(TAN_NINH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#sheet tbody tr[data-code]")).hasSize(shipped.scoringSheet(UnitKind.SCHOOL, 2026).items().size());
        assertThat(page.getElementById("sheet-total").text()).isEqualTo("100");
        assertThat(page.select("#checklist li")).isNotEmpty();
        assertThat(page.select("h1").text()).contains("Tiêu chí");

        mvc.perform(get("/units/criteria").param("year", "1999").with(PX05)).andExpect(status().isBadRequest());
        mvc.perform(get("/units/criteria").param("kind", "CASTLE").with(PX05)).andExpect(status().isBadRequest());
        mvc.perform(get("/units/criteria").with(PortalUsers.as("ldld", "member-ldld"))).andExpect(status().isForbidden());
    }

    private static void assertRefused(ScoringSheet sheet, Map<String, BigDecimal> points, String messageKey) {
        assertThatThrownBy(() -> sheet.score(points)).isInstanceOf(SubmissionRuleException.class).hasMessageContaining(messageKey);
    }

    private static Map<String, BigDecimal> with(Map<String, BigDecimal> points, String code, BigDecimal value) {
        Map<String, BigDecimal> changed = new HashMap<>(points);
        if (value == null) {
            changed.remove(code);
        } else {
            changed.put(code, value);
        }
        return changed;
    }

    private static List<String> codes(ScoringSheet sheet) {
        return sheet.items().stream().map(Criterion::code).toList();
    }

    private static CriteriaFile.Item item(String code, int from, Integer to, int points) {
        return new CriteriaFile.Item(code, from, to, BigDecimal.valueOf(points), code, code);
    }

    private static CriteriaFile file(CriteriaFile.Item... sheetItems) {
        var checklist = List.of(new CriteriaFile.Item("C2022", 2022, null, null, "c", "c"),
                new CriteriaFile.Item("C2027", 2027, null, null, "c", "c"));
        var kind = new CriteriaFile.KindCriteria(List.of(UnitKind.values()), checklist,
                List.of(new CriteriaFile.Group("G", "g", "g", List.of(sheetItems))));
        return new CriteriaFile(List.of(kind));
    }
}
