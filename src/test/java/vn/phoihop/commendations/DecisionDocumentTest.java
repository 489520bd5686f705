package vn.phoihop.commendations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.phoihop.documents.DocumentNumber;

class DecisionDocumentTest {

    private final DecisionDocument writer = new DecisionDocument();

    private static DecisionContent content(List<DecisionContent.Nominee> nominees) {
        return new DecisionContent("Công an tỉnh Tây Ninh", "CAT", new DocumentNumber("CAT", 2024, 5),
                LocalDate.of(2024, 1, 5), "Tây Ninh",
                "Về việc tặng Giấy khen cho các tập thể, cá nhân có thành tích trong phong trào toàn dân bảo vệ an ninh Tổ quốc",
                "Giấy khen của Giám đốc Công an tỉnh", "Đã có thành tích xuất sắc trong phong trào năm 2023", nominees,
                "Giám đốc", "Phạm Quốc Bảo", List.of("Như Điều 1", "Lưu: VT, PX05"));
    }

    private static String text(byte[] docx) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    @Test
    void containsEveryPartOfTheDecreeLayout() throws Exception {
        var nominees = List.of(
                new DecisionContent.Nominee("Nguyễn Văn An", "Trưởng Công an xã Tân Bình"),
                new DecisionContent.Nominee("Ban Bảo vệ dân phố khu phố 3", "phường 1, thành phố Tây Ninh"),
                new DecisionContent.Nominee("Trần Thị Bích", null));

        String text = text(writer.write(content(nominees)));

        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "CÔNG AN TỈNH TÂY NINH", "Số: 05/QĐ-CAT", "Tây Ninh, ngày 05 tháng 01 năm 2024", "QUYẾT ĐỊNH",
                "Về việc tặng Giấy khen", "Tặng Giấy khen của Giám đốc Công an tỉnh cho:",
                "Nguyễn Văn An, Trưởng Công an xã Tân Bình", "Ban Bảo vệ dân phố khu phố 3, phường 1, thành phố Tây Ninh",
                "Trần Thị Bích", "vì: Đã có thành tích xuất sắc trong phong trào năm 2023.", "GIÁM ĐỐC", "Phạm Quốc Bảo",
                "Nơi nhận:", "- Như Điều 1;", "- Lưu: VT, PX05.");
        assertThat(text.indexOf("CỘNG HÒA")).isLessThan(text.indexOf("Số: 05/QĐ-CAT"));
        assertThat(text.indexOf("Số: 05/QĐ-CAT")).isLessThan(text.indexOf("Nguyễn Văn An"));
        assertThat(text.indexOf("Nguyễn Văn An")).isLessThan(text.indexOf("Phạm Quốc Bảo"));
    }

    /** Names come from users: markup characters must stay text and keep the file valid. */
    @Test
    void keepsMarkupCharactersAsText() throws Exception {
        var nominees = List.of(new DecisionContent.Nominee("<b>Lê & \"Hoa\"</b>", "Tổ <i>1</i>\u0001"));

        String text = text(writer.write(content(nominees)));

        assertThat(text).contains("<b>Lê & \"Hoa\"</b>, Tổ <i>1</i>");
    }
}
