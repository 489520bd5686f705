package vn.phoihop.commendations;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.phoihop.commendations.DecisionContents.collective;
import static vn.phoihop.commendations.DecisionContents.individual;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;

/** The decision's Word file against Decree 30/2020/NĐ-CP (Appendix I) and issue #10 finding 6, read back with POI. */
class DecisionDocumentTest {

    private final DecisionDocument writer = new DecisionDocument();

    private static final List<DecisionContent.Nominee> MIXED = List.of(
            individual("Nguyễn Văn An", "Trưởng Công an xã Tân Bình"),
            collective("Ban Bảo vệ dân phố khu phố 3", "phường 1, thành phố Tây Ninh"),
            individual("Trần Thị Bích", null));

    private static String text(byte[] docx) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    private static List<String> lines(byte[] docx) throws Exception {
        return text(docx).lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    @Test
    void containsEveryPartOfTheDecreeLayoutInItsOrder() throws Exception {
        List<String> lines = lines(writer.write(DecisionContents.of("CAT", MIXED)));

        // Each part as a whole line (header cells come out tab-separated, so they are split here), in order.
        List<String> cells = lines.stream().flatMap(line -> List.of(line.split("\t")).stream())
                .map(String::strip).filter(cell -> !cell.isEmpty()).toList();
        assertThat(cells).containsSubsequence(
                "BỘ CÔNG AN",
                "CÔNG AN TỈNH TÂY NINH",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Số: 05/QĐ-CAT",
                "Tây Ninh, ngày 05 tháng 01 năm 2026",
                "QUYẾT ĐỊNH",
                "Về việc khen thưởng các tập thể, cá nhân có thành tích trong phong trào toàn dân bảo vệ an ninh Tổ quốc",
                "GIÁM ĐỐC CÔNG AN TỈNH TÂY NINH",
                "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
                "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành"
                        + " một số điều của Luật Thi đua, khen thưởng;",
                "Xét đề nghị của Liên đoàn Lao động tỉnh và Trưởng phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc.",
                "QUYẾT ĐỊNH:",
                "Điều 1. Tặng Giấy khen của Giám đốc Công an tỉnh cho các tập thể, cá nhân có tên sau:",
                "1. Nguyễn Văn An, Trưởng Công an xã Tân Bình;",
                "2. Ban Bảo vệ dân phố khu phố 3, phường 1, thành phố Tây Ninh;",
                "3. Trần Thị Bích,",
                "vì: Đã có thành tích trong phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2025.",
                "Điều 2. Chánh Văn phòng, Trưởng phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc, thủ trưởng các đơn vị"
                        + " có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.",
                "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.",
                "Nơi nhận:",
                "- Như Điều 2;",
                "- Liên đoàn Lao động tỉnh;",
                "- Lưu: VT, PX05.");
        // The signature column sits beside the recipients: title, room to sign, name.
        assertThat(cells).containsSubsequence("GIÁM ĐỐC", "Phạm Quốc Bảo");
        assertThat(cells).contains("GIÁM ĐỐC");
    }

    /** The parent body regular above the issuing body in bold, a short rule under it and under the motto. */
    @Test
    void theIssuingBodyIsBoldUnderItsParentWithAShortRuleAsIsTheMotto() throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(
                writer.write(DecisionContents.of("CAT", MIXED))))) {
            XWPFTableCell issuer = document.getTables().get(0).getRow(0).getCell(0);
            XWPFTableCell motto = document.getTables().get(0).getRow(0).getCell(1);
            List<XWPFParagraph> issuerLines = issuer.getParagraphs();
            assertThat(issuerLines.get(0).getText()).isEqualTo("BỘ CÔNG AN");
            assertThat(issuerLines.get(0).getRuns().get(0).isBold()).isFalse();
            assertThat(issuerLines.get(1).getText()).isEqualTo("CÔNG AN TỈNH TÂY NINH");
            assertThat(issuerLines.get(1).getRuns().get(0).isBold()).isTrue();
            assertThat(isRule(issuerLines.get(2))).isTrue();
            assertThat(motto.getParagraphs().get(1).getRuns().get(0).isBold()).isTrue();
            assertThat(isRule(motto.getParagraphs().get(2))).isTrue();
        }
    }

    private static boolean isRule(XWPFParagraph paragraph) {
        return paragraph.getText().equals(DecisionDocument.RULE)
                && paragraph.getRuns().get(0).getUnderline() == UnderlinePatterns.SINGLE;
    }

    /** The Front writes under its own committee and its own motto, from its template. */
    @Test
    void theFrontHasItsOwnHeaderAuthorityAndSigner() throws Exception {
        String text = text(writer.write(DecisionContents.of("MTTQ", MIXED)));

        assertThat(text).contains("ỦY BAN MTTQ VIỆT NAM", "TỈNH TÂY NINH", "BAN THƯỜNG TRỰC", "MẶT TRẬN TỔ QUỐC VIỆT NAM",
                        "Số: 05/QĐ-MTTQ", "BAN THƯỜNG TRỰC ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH TÂY NINH",
                        "Căn cứ Luật Mặt trận Tổ quốc Việt Nam ngày 09 tháng 6 năm 2015;", "TM. BAN THƯỜNG TRỰC",
                        "CHỦ TỊCH", "- Lưu: VT, PTTG.")
                .doesNotContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BỘ CÔNG AN");
    }

    @Test
    void oneNomineeIsNamedInTheSingularAndSeveralOfOneKindInThePlural() throws Exception {
        String oneIndividual = text(writer.write(DecisionContents.of("CAT", List.of(individual("Nguyễn Văn An", null)))));
        assertThat(oneIndividual).contains("Về việc khen thưởng cá nhân có thành tích",
                        "cho cá nhân có tên sau:", "1. Nguyễn Văn An,", "và cá nhân có tên tại Điều 1")
                .doesNotContain("các tập thể", "các cá nhân", "tập thể, cá nhân");

        String oneCollective = text(writer.write(DecisionContents.of("CAT", List.of(collective("Tổ dân phố 3", null)))));
        assertThat(oneCollective).contains("Về việc khen thưởng tập thể có thành tích", "cho tập thể có tên sau:")
                .doesNotContain("các tập thể", "cá nhân");

        String twoIndividuals = text(writer.write(DecisionContents.of("CAT",
                List.of(individual("Nguyễn Văn An", null), individual("Trần Thị Bích", null)))));
        assertThat(twoIndividuals).contains("Về việc khen thưởng các cá nhân có thành tích", "cho các cá nhân có tên sau:")
                .doesNotContain("tập thể");
    }

    /**
     * Lines an administrator wrote with their own closing marks, and a reason that starts in lower
     * case, still come out with exactly one mark and a capital after "vì:".
     */
    @Test
    void noLineEndsInDoublePunctuationAndTheReasonStartsWithACapital() throws Exception {
        DecisionTemplate shipped = DecisionContents.TEMPLATES.of("CAT").orElseThrow();
        DecisionTemplate punctuated = new DecisionTemplate("CAT", shipped.issuerLines(), shipped.mottoLines(),
                shipped.place(), shipped.summary() + ".", shipped.authority(),
                shipped.legalBases().stream().map(line -> line + ";").toList(), shipped.award() + ":",
                "đã có thành tích xuất sắc năm {year}.", shipped.execution() + ".", shipped.effect() + ". ",
                shipped.signerLines(), List.of("Như Điều 2;", "Lưu: VT, PX05."));

        for (DecisionContent content : List.of(DecisionContents.of("CAT", MIXED), DecisionContents.of(punctuated, MIXED))) {
            String text = text(writer.write(content));
            assertThat(text).doesNotContainPattern("[;:,.]\\s*[;:,.]")
                    .contains("- Như Điều 2;", "- Lưu: VT, PX05.", "Quyết định này có hiệu lực kể từ ngày ký.")
                    .containsPattern("vì: \\p{Lu}");
        }
        assertThat(text(writer.write(DecisionContents.of(punctuated, MIXED))))
                .contains("vì: Đã có thành tích xuất sắc năm 2025.");
    }

    /** Names come from users: markup characters must stay text and keep the file valid. */
    @Test
    void keepsMarkupCharactersAsText() throws Exception {
        var nominees = List.of(individual("<b>Lê & \"Hoa\"</b>", "Tổ <i>1</i>\u0001"));

        String text = text(writer.write(DecisionContents.of("CAT", nominees)));

        assertThat(text).contains("<b>Lê & \"Hoa\"</b>, Tổ <i>1</i>");
    }
}
