package vn.phoihop.units;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.phoihop.imports.ImportColumn;

/**
 * The units list as a spreadsheet with the import's columns ({@link UnitColumns}) and then the
 * state, so an office can correct it in Excel and import the new rows back.
 */
@Component
class UnitExport {

    private final MessageSource messages;

    UnitExport(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(List<Unit> units, Locale locale) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(message("units.title", locale));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            int c = 0;
            for (ImportColumn column : UnitColumns.ALL) {
                header.createCell(c++).setCellValue(column.header());
            }
            header.createCell(c++).setCellValue(message("units.col.active", locale));
            header.createCell(c).setCellValue(message("units.col.reason", locale));
            header.forEach(cell -> cell.setCellStyle(bold));
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (Unit unit : units) {
                Row line = sheet.createRow(r++);
                String[] cells = {unit.getCode(), message("units.kind." + unit.getKind().name(), locale), unit.getName(),
                        unit.getDistrict(), unit.getCommune(), unit.getManagingOrganization(), unit.getContactUser(),
                        message(unit.isActive() ? "units.active.true" : "units.active.false", locale),
                        unit.getDeactivationReason()};
                for (int i = 0; i < cells.length; i++) {
                    line.createCell(i).setCellValue(cells[i] == null ? "" : cells[i]);
                }
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String message(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }
}
