package vn.phoihop.commendations;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.phoihop.commendations.DecisionContents.collective;
import static vn.phoihop.commendations.DecisionContents.individual;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The decision's PDF read back with PDFBox: the same Vietnamese lines, in a font that travels with the file. */
class DecisionPdfTest {

    private final DecisionPdf writer = new DecisionPdf();

    private final byte[] pdf = writer.write(DecisionContents.of("CAT", List.of(
            individual("Nguyễn Văn Ấn <b>&</b>", "Trưởng Công an xã Tân Bình"),
            collective("Ban Bảo vệ dân phố khu phố 3", "phường 1, thành phố Tây Ninh"))));

    @Test
    void saysTheDecisionsVietnameseLinesWithTheirDiacritics() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = normalised(new PDFTextStripper().getText(document));

            assertThat(text).contains("BỘ CÔNG AN", "CÔNG AN TỈNH TÂY NINH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "Số: 05/QĐ-CAT", "Tây Ninh, ngày 05 tháng 01 năm 2026",
                    "QUYẾT ĐỊNH", "Về việc khen thưởng các tập thể, cá nhân có thành tích",
                    "GIÁM ĐỐC CÔNG AN TỈNH TÂY NINH", "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
                    "QUYẾT ĐỊNH:", "Điều 1. Tặng Giấy khen của Giám đốc Công an tỉnh cho các tập thể, cá nhân có tên sau:",
                    "1. Nguyễn Văn Ấn <b>&</b>, Trưởng Công an xã Tân Bình;",
                    "vì: Đã có thành tích trong phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2025.",
                    "Điều 2.", "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.", "Nơi nhận:", "- Như Điều 2;",
                    "- Lưu: VT, PX05.", "Phạm Quốc Bảo");
            assertThat(text.indexOf("Số: 05/QĐ-CAT")).isLessThan(text.indexOf("Điều 1."));
        }
    }

    /**
     * The text layer is what a search, a copy and a screen reader get: letters the font would join
     * into a ligature ("fi", "fl") stay letters, and a name typed with combining accents (as some
     * keyboards send it) comes out composed, as it was typed.
     */
    @Test
    void keepsLettersAsTypedInItsTextLayer() throws Exception {
        String decomposed = Normalizer.normalize("Trần Thị Thủy", Normalizer.Form.NFD);
        byte[] written = writer.write(DecisionContents.of("CAT", List.of(
                individual(decomposed, "Tổ trưởng tổ dân cư, khách sạn Sofitel"),
                collective("Đội bóng Ruffles", "phường 1, thành phố Tây Ninh"))));

        try (PDDocument document = Loader.loadPDF(written)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");

            assertThat(text).contains("Trần Thị Thủy, Tổ trưởng tổ dân cư, khách sạn Sofitel;", "Đội bóng Ruffles");
        }
    }

    /** Every font the pages use is embedded, and it is Liberation Serif, not a font the reader may lack. */
    @Test
    void embedsItsFont() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("LiberationSerif");
            });
        }
    }

    /**
     * Composed characters (PDF text may come out decomposed) and one line: the PDF wraps long lines
     * where the page ends, which is layout, not wording.
     */
    private static String normalised(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ");
    }
}
