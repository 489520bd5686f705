package vn.phoihop.models;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.phoihop.imports.ImportColumn;

/**
 * The models list as a spreadsheet with the import's columns ({@link ModelColumns}; the type by its
 * Vietnamese name and the sponsor by its code, both of which the import accepts) and then the state.
 */
@Component
class ModelExport {

    private final MessageSource messages;

    ModelExport(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(List<MovementModel> models, Map<String, String> typeNames, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(messages.getMessage("models.title", null, locale));
            Row header = sheet.createRow(0);
            int c = 0;
            for (ImportColumn column : ModelColumns.ALL) {
                header.createCell(c++).setCellValue(column.header());
            }
            header.createCell(c++).setCellValue(messages.getMessage("models.col.id", null, locale));
            header.createCell(c).setCellValue(messages.getMessage("models.col.active", null, locale));
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (MovementModel model : models) {
                Row line = sheet.createRow(r++);
                String[] cells = {typeNames.getOrDefault(model.getTypeCode(), model.getTypeCode()), model.getName(), model.getSponsor(),
                        model.getDistrict(), model.getCommune(), model.getStartedOn() == null ? null : model.getStartedOn().toString(),
                        model.getBoardMembers() == null ? null : model.getBoardMembers().replace("\n", "; "), model.getId(),
                        messages.getMessage(model.isActive() ? "models.active.true" : "models.active.false", null, locale)};
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
