package vn.phoihop.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.phoihop.documents.AdministrativeDocument;
import vn.phoihop.documents.VietnameseDates;
import vn.phoihop.portal.ProvinceClock;

/**
 * What the provincial report says, once, for its Word file, its PDF and its workbook to lay out: the
 * heading of a Decree 30 báo cáo, the assessment, the province's totals of the parts submitted, every
 * organisation's row and narrative, the directions, the recipients and the two signatures. Public for
 * the PDF's template, which reads it through SpEL.
 */
public record ProvincialReportContent(List<String> issuerLines, List<String> mottoLines, String numberLine, String placeAndDate,
                               String type, String subject, String summary, String directions, List<Row> rows,
                               List<Integer> totals, String receivedLine, List<String> recipientLines,
                               List<AdministrativeDocument.Signature> signatures, String fileName) {

    static final String NUMBER_LINE = "Số:       /BC-PX05-PTTG";
    static final List<String> RECIPIENTS = List.of("- Ban Giám đốc Công an tỉnh;", "- Ban Thường trực Ủy ban MTTQVN tỉnh;",
            "- Công an, Ủy ban MTTQ các xã, phường;", "- Các tổ chức thành viên;", "- Lưu: VT.");
    static final List<AdministrativeDocument.Signature> SIGNATURES = List.of(
            new AdministrativeDocument.Signature(List.of("TM. BAN PHONG TRÀO – TUYÊN GIÁO"), ""),
            new AdministrativeDocument.Signature(List.of("PHÒNG XÂY DỰNG PHONG TRÀO", "BẢO VỆ AN NINH TỔ QUỐC"), ""));

    /** One organisation's line: its figures as submitted (empty while not), its narrative. */
    public record Row(String organization, boolean submitted, boolean onTime, List<Integer> values, String results, String difficulties,
               String recommendations) {
    }

    static ProvincialReportContent of(PeriodicReport report, Map<String, String> names, List<String> coordinatingBodies, String place) {
        List<Row> rows = new ArrayList<>();
        int columns = ReportedFigures.LABELS.size();
        List<Integer> totals = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            totals.add(0);
        }
        for (OrganizationReport part : report.organizations()) {
            String name = names.getOrDefault(part.organization(), part.organization());
            if (!part.submitted()) {
                rows.add(new Row(name, false, false, List.of(), null, null, null));
                continue;
            }
            List<Integer> values = part.figures().values();
            for (int i = 0; i < columns; i++) {
                if (values.get(i) != null) {
                    totals.set(i, totals.get(i) + values.get(i));
                }
            }
            rows.add(new Row(name, true, part.onTime(), values, part.results(), part.difficulties(), part.recommendations()));
        }
        String received = "Đã nhận " + report.submittedCount() + "/" + report.organizations().size() + " báo cáo của các đơn vị, tổ chức ("
                + report.onTimeCount() + " đúng hạn " + VietnameseDates.date(report.reportsDueOn()) + ").";
        return new ProvincialReportContent(coordinatingBodies, AdministrativeDocument.MOTTO, NUMBER_LINE,
                VietnameseDates.placeAndDate(place, ProvinceClock.today()), "BÁO CÁO",
                "Kết quả thực hiện Kế hoạch phối hợp giữa Công an tỉnh và Ủy ban MTTQVN tỉnh, " + report.period().inSentence() + " "
                        + report.year(),
                report.summary(), report.directions(), rows, totals, received, RECIPIENTS, SIGNATURES,
                "Báo cáo " + report.period().inSentence() + " " + report.year() + " " + report.id());
    }

    /** The headings of the figures, in the order of every row's values. */
    public List<String> headings() {
        return ReportedFigures.HEADINGS_VI;
    }
}
