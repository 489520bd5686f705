package vn.phoihop.commendations.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The registry list as a spreadsheet, one line per nominee, for the offices that keep their
 * commendation books in Excel. Streamed through SXSSF so that a year of proposals does not sit in
 * memory as a full workbook; capped, with a last line saying so, so that one request cannot.
 */
@Component
class RegistryExport {

    static final int MAX_ROWS = 10_000;
    static final String[] COLUMNS = {"proposal", "title", "organization", "awardForm", "status", "kind", "name",
            "jobTitle", "nomineeOrganization", "awarded", "decisionSymbol", "decisionDate"};
    private static final int[] WIDTHS = {14, 40, 32, 36, 18, 10, 28, 20, 32, 12, 16, 14};

    private final MessageSource messages;

    RegistryExport(MessageSource messages) {
        this.messages = messages;
    }

    /** {@code rows} may hold one row more than {@link #MAX_ROWS}: it is not written, only noted. */
    byte[] write(List<ExportRow> rows, Map<String, String> organizations, Map<String, String> awardForms, Locale locale) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(message("commendations.export.sheet", locale));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));

            Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.length; i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(message("commendations.export.col." + COLUMNS[i], locale));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            sheet.createFreezePane(0, 1);
            int written = Math.min(rows.size(), MAX_ROWS);
            for (int r = 0; r < written; r++) {
                ExportRow row = rows.get(r);
                Row line = sheet.createRow(r + 1);
                line.createCell(0).setCellValue(row.proposalId());
                line.createCell(1).setCellValue(row.title());
                line.createCell(2).setCellValue(organizations.getOrDefault(row.organization(), row.organization()));
                line.createCell(3).setCellValue(awardForms.getOrDefault(row.awardForm(), row.awardForm()));
                line.createCell(4).setCellValue(message("commendation.status." + row.status().name(), locale));
                line.createCell(5).setCellValue(message("commendation.kind." + row.kind(), locale));
                line.createCell(6).setCellValue(row.name());
                line.createCell(7).setCellValue(row.jobTitle() == null ? "" : row.jobTitle());
                line.createCell(8).setCellValue(row.nomineeOrganization());
                line.createCell(9).setCellValue(row.awarded() == null ? ""
                        : message(row.awarded() ? "commendations.export.yes" : "commendations.export.no", locale));
                line.createCell(10).setCellValue(row.decisionSymbol() == null ? "" : row.decisionSymbol());
                Cell decided = line.createCell(11);
                if (row.decisionDate() != null) {
                    decided.setCellValue(row.decisionDate());
                    decided.setCellStyle(date);
                }
            }
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(written, 1), 0, COLUMNS.length - 1));
            if (rows.size() > MAX_ROWS) {
                Cell note = sheet.createRow(written + 2).createCell(0);
                note.setCellValue(message("commendations.export.capped", new Object[] {MAX_ROWS}, locale));
                note.setCellStyle(bold);
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String message(String code, Locale locale) {
        return message(code, null, locale);
    }

    private String message(String code, Object[] arguments, Locale locale) {
        return messages.getMessage(code, arguments, code, locale);
    }
}
