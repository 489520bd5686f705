package vn.phoihop.zalo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.phoihop.imports.ImportColumn;

/** The groups as a spreadsheet with the import's columns (the latest count and its day), so it can be corrected and imported. */
@Component
class ZaloGroupExport {

    private final MessageSource messages;

    ZaloGroupExport(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(List<ZaloGroup> groups, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(messages.getMessage("zalo.title", null, locale));
            Row header = sheet.createRow(0);
            int c = 0;
            for (ImportColumn column : ZaloGroupColumns.ALL) {
                header.createCell(c++).setCellValue(column.header());
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (ZaloGroup group : groups) {
                Row line = sheet.createRow(r++);
                var latest = group.latestCount();
                String[] cells = {group.getOrganization(), group.getName(), group.getLevel().name(), group.getArea(), group.getResidentGroup(),
                        group.getAdministrator(), group.getJoinLink(), latest.map(count -> String.valueOf(count.members())).orElse(null),
                        latest.map(count -> count.countedOn().toString()).orElse(null)};
                for (int i = 0; i < cells.length; i++) {
                    line.createCell(i).setCellValue(cells[i] == null ? "" : cells[i]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
