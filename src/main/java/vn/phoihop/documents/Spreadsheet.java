package vn.phoihop.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook of figures: one sheet per table, a bold frozen header row, numbers as numbers (so that
 * offices can sum and chart them in Excel), text as text, an empty cell for a figure that does not apply.
 */
public final class Spreadsheet implements AutoCloseable {

    static {
        JdkXmlFactories.name();
    }

    /** Excel refuses longer sheet names. */
    private static final int SHEET_NAME_MAX = 31;

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle bold;

    public Spreadsheet() {
        Font font = workbook.createFont();
        font.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(font);
        bold.setWrapText(true);
    }

    public Spreadsheet sheet(String name, List<String> header, List<List<Object>> rows) {
        Sheet sheet = workbook.createSheet(name.length() > SHEET_NAME_MAX ? name.substring(0, SHEET_NAME_MAX) : name);
        Row top = sheet.createRow(0);
        for (int c = 0; c < header.size(); c++) {
            Cell cell = top.createCell(c);
            cell.setCellValue(header.get(c));
            cell.setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
        for (int r = 0; r < rows.size(); r++) {
            Row line = sheet.createRow(r + 1);
            List<Object> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value instanceof Number number) {
                    line.createCell(c).setCellValue(number.doubleValue());
                } else if (value != null) {
                    line.createCell(c).setCellValue(value.toString());
                }
            }
        }
        sheet.setColumnWidth(0, 40 * 256);
        return this;
    }

    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
