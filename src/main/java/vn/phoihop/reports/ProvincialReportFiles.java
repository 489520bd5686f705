package vn.phoihop.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import vn.phoihop.documents.AdministrativeDocument;
import vn.phoihop.documents.Spreadsheet;
import vn.phoihop.documents.XhtmlPdf;
import vn.phoihop.organizations.OrganizationGroups;
import vn.phoihop.organizations.OrganizationTree;

/**
 * The provincial report as offices use it: a Word file in the Decree 30/2020/NĐ-CP layout of a báo
 * cáo, the same as a PDF with its font embedded, and the figures as a workbook (every organisation's
 * row and the province's total). All three lay out one {@link ProvincialReportContent}.
 */
@Component
class ProvincialReportFiles {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String DASH = "–";

    private final OrganizationTree organizations;
    private final OrganizationGroups organizationGroups;
    private final PeriodicReportSchedule schedule;
    private final XhtmlPdf pdf = new XhtmlPdf();

    ProvincialReportFiles(OrganizationTree organizations, OrganizationGroups organizationGroups, PeriodicReportSchedule schedule) {
        this.organizations = organizations;
        this.organizationGroups = organizationGroups;
        this.schedule = schedule;
    }

    ProvincialReportContent content(PeriodicReport report) {
        return ProvincialReportContent.of(report, organizations.names(VIETNAMESE), organizationGroups.coordinatingBodies(), schedule.place());
    }

    byte[] docx(ProvincialReportContent content) {
        try (AdministrativeDocument document = new AdministrativeDocument()) {
            document.header(content.issuerLines(), content.mottoLines(), content.numberLine(), content.placeAndDate())
                    .title(content.type(), content.subject());
            document.paragraph("I. ĐÁNH GIÁ CHUNG", "");
            document.paragraph(null, content.summary());
            document.paragraph(null, content.receivedLine());
            document.paragraph("II. SỐ LIỆU", "");
            List<List<String>> totals = new ArrayList<>();
            for (int i = 0; i < content.headings().size(); i++) {
                totals.add(List.of(String.valueOf(i + 1), content.headings().get(i), String.valueOf(content.totals().get(i))));
            }
            document.table(List.of("TT", "Chỉ tiêu", "Tổng cộng"), totals);
            document.paragraph("III. KẾT QUẢ CỦA CÁC ĐƠN VỊ, TỔ CHỨC", "");
            for (ProvincialReportContent.Row row : content.rows()) {
                if (!row.submitted()) {
                    document.paragraph(row.organization() + ": ", "chưa gửi báo cáo.");
                    continue;
                }
                document.paragraph(row.organization() + ": ", row.results());
                if (row.difficulties() != null) {
                    document.paragraph("Tồn tại, hạn chế: ", row.difficulties());
                }
                if (row.recommendations() != null) {
                    document.paragraph("Kiến nghị: ", row.recommendations());
                }
            }
            document.paragraph("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ", "");
            document.paragraph(null, content.directions());
            document.footer("Nơi nhận:", content.recipientLines(), content.signatures());
            return document.bytes();
        }
    }

    byte[] pdf(ProvincialReportContent content) {
        return pdf.write("periodic-report", Map.of("content", content));
    }

    byte[] xlsx(ProvincialReportContent content) {
        List<String> header = new ArrayList<>(List.of("Đơn vị, tổ chức", "Đã gửi", "Đúng hạn"));
        header.addAll(content.headings());
        List<List<Object>> rows = new ArrayList<>();
        for (ProvincialReportContent.Row row : content.rows()) {
            List<Object> line = new ArrayList<>(List.of(row.organization(), row.submitted() ? "Có" : "Chưa", row.onTime() ? "Có" : DASH));
            line.addAll(row.values());
            rows.add(line);
        }
        List<Object> total = new ArrayList<>(List.of("Tổng cộng", "", ""));
        total.addAll(content.totals());
        rows.add(total);
        try (Spreadsheet workbook = new Spreadsheet()) {
            return workbook.sheet("Số liệu", header, rows).bytes();
        }
    }
}
