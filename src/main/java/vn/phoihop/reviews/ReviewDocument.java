package vn.phoihop.reviews;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import vn.phoihop.documents.AdministrativeDocument;
import vn.phoihop.documents.VietnameseDates;
import vn.phoihop.organizations.OrganizationGroups;
import vn.phoihop.organizations.OrganizationTree;
import vn.phoihop.portal.ProvinceClock;

/**
 * The review report as a Word file in the Decree 30/2020/NĐ-CP layout of a báo cáo: the two provincial
 * bodies beside the motto, the place and date, "BÁO CÁO" and the review; the assessment; the
 * organisations' figures as a table with the total, their results; the collectives and people
 * nominated; the conclusions; the recipients and the two signatures.
 */
@Component
class ReviewDocument {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final String PLACE = "Tây Ninh";

    private final OrganizationTree organizations;
    private final OrganizationGroups organizationGroups;

    ReviewDocument(OrganizationTree organizations, OrganizationGroups organizationGroups) {
        this.organizations = organizations;
        this.organizationGroups = organizationGroups;
    }

    byte[] write(ProgramReview review) {
        Map<String, String> names = organizations.names(VIETNAMESE);
        try (AdministrativeDocument document = new AdministrativeDocument()) {
            document.header(organizationGroups.coordinatingBodies(), AdministrativeDocument.MOTTO, "Số:       /BC-PX05-PTTG",
                            VietnameseDates.placeAndDate(PLACE, ProvinceClock.today()))
                    .title("BÁO CÁO", "Tổng kết 10 năm thực hiện Chương trình phối hợp 09 (" + review.firstYear() + " – " + review.lastYear() + ")");
            document.paragraph("I. ĐÁNH GIÁ CHUNG", "");
            document.paragraph(null, review.summary());
            document.paragraph("II. KẾT QUẢ CỦA CÁC TỔ CHỨC THÀNH VIÊN", "");
            List<List<String>> rows = new ArrayList<>();
            int models = 0;
            int people = 0;
            int tips = 0;
            for (ReviewReport report : review.reports()) {
                String name = names.getOrDefault(report.organization(), report.organization());
                if (report.status() != ReportStatus.SUBMITTED) {
                    rows.add(List.of(name, "Chưa báo cáo", "", ""));
                    continue;
                }
                rows.add(List.of(name, String.valueOf(report.modelsBuilt()), String.valueOf(report.peopleMobilized()),
                        String.valueOf(report.tipsReceived())));
                models += report.modelsBuilt();
                people += report.peopleMobilized();
                tips += report.tipsReceived();
            }
            rows.add(List.of("Tổng cộng", String.valueOf(models), String.valueOf(people), String.valueOf(tips)));
            document.table(List.of("Tổ chức", "Mô hình xây dựng", "Lượt tuyên truyền, vận động", "Tin báo, tố giác"), rows);
            for (ReviewReport report : review.reports()) {
                if (report.status() == ReportStatus.SUBMITTED) {
                    document.paragraph(names.getOrDefault(report.organization(), report.organization()) + ": ", report.results());
                }
            }
            document.paragraph("III. TẬP THỂ, CÁ NHÂN TIÊU BIỂU ĐỀ NGHỊ KHEN THƯỞNG", "");
            boolean none = true;
            for (ReviewReport report : review.reports()) {
                for (Nomination nomination : report.nominations()) {
                    none = false;
                    document.paragraph(null, "- " + nomination.nominee() + ": " + nomination.achievement() + " ("
                            + names.getOrDefault(report.organization(), report.organization()) + " đề nghị);");
                }
            }
            if (none) {
                document.paragraph(null, "Không.");
            }
            document.paragraph("IV. PHƯƠNG HƯỚNG, KIẾN NGHỊ", "");
            document.paragraph(null, review.conclusions());
            document.footer("Nơi nhận:", List.of("- BGĐ Công an tỉnh;", "- BTT Ủy ban MTTQVN tỉnh;", "- Các tổ chức thành viên;", "- Lưu: VT."),
                    List.of(new AdministrativeDocument.Signature(List.of("TM. BAN PHONG TRÀO – TUYÊN GIÁO"), ""),
                            new AdministrativeDocument.Signature(List.of("PHÒNG XÂY DỰNG PHONG TRÀO", "BẢO VỆ AN NINH TỔ QUỐC"), "")));
            return document.bytes();
        }
    }
}
