package vn.phoihop.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.phoihop.testsupport.IntegrationTest;

/**
 * The folding of {@link SearchText}, in Java and in the database of this run (H2, then
 * PostgreSQL): the two must agree on every Vietnamese letter, or a search misses what it shows.
 */
@IntegrationTest
class SearchTextTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void vietnameseIsFoldedAsPeopleTypeItOnAPhone() {
        assertThat(SearchText.normalize("Nguyễn Văn An")).isEqualTo("nguyen van an");
        assertThat(SearchText.normalize("ĐẶNG THỊ ĐÀO")).isEqualTo("dang thi dao");
        assertThat(SearchText.normalize("01/QĐ-CAT")).isEqualTo("01/qd-cat");
        assertThat(SearchText.normalize("Trường Sa, Hoàng Sa, Ỷ Lan, Nguyễn Thị Định, Lê Lợi, Thủy Tiên, ỹ"))
                .isEqualTo("truong sa, hoang sa, y lan, nguyen thi dinh, le loi, thuy tien, y");
        // as decomposing input methods write it: base letter and combining marks
        assertThat(SearchText.normalize(Normalizer.normalize("Nguyễn Đức Thắng", Normalizer.Form.NFD)))
                .isEqualTo("nguyen duc thang");
        assertThat(SearchText.normalize(null)).isNull();
        // every vowel of the language, both cases, and nothing but them
        assertThat(SearchText.FROM).hasSameSizeAs(SearchText.TO).contains("ắ", "Ặ", "ợ", "Ữ", "ỵ", "đ", "Đ");
        assertThat(SearchText.TO).matches("[aeiouydAEIOUYD]+");
    }

    @Test
    void whatIsTypedBecomesALikePatternWithItsWildcardsTakenLiterally() {
        assertThat(SearchText.pattern("  Nguyễn   Văn An ")).isEqualTo("%nguyen van an%");
        assertThat(SearchText.pattern("100%_\\")).isEqualTo("%100\\%\\_\\\\%");
        assertThat(SearchText.pattern(null)).isEqualTo("%%");
        // the quick test keeps what folding cannot have changed
        assertThat(SearchText.quickPattern("01/QĐ-CAT")).isEqualTo("%01/q%-c%t%");
        assertThat(SearchText.quickPattern("Nguyễn Văn An")).isEqualTo("%ng%n v%n %n%");
        assertThat(SearchText.quickPattern("ai")).isEqualTo("%");
        assertThat(SearchText.quickPattern("5%_")).isEqualTo("%5\\%\\_%");
    }

    @Test
    void theQuickTestLetsEveryMatchThrough() {
        String name = "Trường Sa, Đặng Thị Ngọc Ánh, 01/QĐ-CAT";
        List<String> stored = List.of(name, name.toUpperCase(java.util.Locale.ROOT), Normalizer.normalize(name, Normalizer.Form.NFD));
        for (String row : stored) {
            for (String typed : List.of("truong sa", "dang thi ngoc anh", "ĐẶNG", "01/qd-cat", "a, d", "g t")) {
                String quick = jdbc.queryForObject("select count(*) from (select 1 as x) t where "
                        + SearchText.matches("cast(? as varchar(4000))", "?", "?"), Integer.class,
                        row, SearchText.quickPattern(typed), row, SearchText.pattern(typed)).toString();
                assertThat(quick).as("%s in %s", typed, row).isEqualTo("1");
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from (select 1 as x) t where "
                + SearchText.matches("cast(? as varchar(4000))", "?", "?"), Integer.class,
                name, SearchText.quickPattern("truong so"), name, SearchText.pattern("truong so"))).isZero();
    }

    @Test
    void theDatabaseFoldsEveryLetterExactlyAsJavaDoes() {
        List<String> samples = new ArrayList<>();
        for (char letter : SearchText.FROM.toCharArray()) {
            samples.add("x" + letter + "Y");
            samples.add(Normalizer.normalize("x" + letter + "Y", Normalizer.Form.NFD));
        }
        samples.addAll(List.of("Nguyễn Văn An", "01/QĐ-CAT", "KT-2026-0003", "Müller & Ça", "  spaces  kept "));
        String folded = SearchText.sql("cast(? as varchar(4000))");
        for (String sample : samples) {
            assertThat(jdbc.queryForObject("select " + folded, String.class, sample))
                    .as("%s (%s)", sample, sample.codePoints().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(SearchText.normalize(sample));
        }
    }
}
