package vn.phoihop.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.phoihop.forms.SubmissionRuleException;

/**
 * Reads the first sheet of an XLSX file, or a CSV file in UTF-8, into rows keyed by the columns
 * an import expects, matched by header name, so a file's column order does not matter. Header
 * problems (an unknown or a missing column) and cells longer than their column allows are
 * reported per row; the rules of the import add their own. A file that cannot be read at all
 * (not UTF-8, not a spreadsheet, no header) is refused as a whole.
 */
public final class TabularReader {

    private TabularReader() {
    }

    public static ImportTable read(String fileName, byte[] content, List<ImportColumn> columns) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        List<List<String>> lines;
        if (name.endsWith(".xlsx")) {
            lines = xlsx(content);
        } else if (name.endsWith(".csv")) {
            lines = csv(content);
        } else {
            throw new SubmissionRuleException("imports.unknownType");
        }
        if (lines.isEmpty()) {
            throw new SubmissionRuleException("imports.empty");
        }
        return table(lines, columns);
    }

    private static ImportTable table(List<List<String>> lines, List<ImportColumn> columns) {
        List<String> header = lines.get(0);
        Map<Integer, ImportColumn> byIndex = new HashMap<>();
        List<ImportRow> rows = new ArrayList<>();
        ImportTable table = new ImportTable(columns, rows);
        for (int i = 0; i < header.size(); i++) {
            String title = header.get(i);
            if (title == null || title.isBlank()) {
                continue;
            }
            ImportColumn column = columns.stream().filter(c -> c.matches(title)).findFirst().orElse(null);
            if (column == null) {
                table.reject(1, title.strip(), "imports.unknownColumn");
            } else if (byIndex.containsValue(column)) {
                table.reject(1, column.key(), "imports.repeatedColumn");
            } else {
                byIndex.put(i, column);
            }
        }
        for (ImportColumn column : columns) {
            if (column.required() && !byIndex.containsValue(column)) {
                table.reject(1, column.key(), "imports.missingColumn");
            }
        }
        if (table.hasErrors()) {
            return table;
        }
        for (int r = 1; r < lines.size(); r++) {
            List<String> line = lines.get(r);
            if (line.stream().allMatch(cell -> cell == null || cell.isBlank())) {
                continue;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            byIndex.forEach((index, column) -> cells.put(column.key(), index < line.size() ? line.get(index) : null));
            ImportRow row = new ImportRow(r + 1, cells);
            for (ImportColumn column : columns) {
                String value = row.get(column.key());
                if (value != null && value.length() > column.maxLength()) {
                    table.reject(row, column.key(), "imports.tooLong", column.maxLength());
                }
            }
            rows.add(row);
        }
        return table;
    }

    private static List<List<String>> csv(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new SubmissionRuleException("imports.notUtf8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // Excel's "CSV UTF-8" starts with a byte order mark
        }
        // Excel in a Vietnamese or European locale writes ';' between cells
        char delimiter = firstLine(text).chars().filter(c -> c == ';').count() > firstLine(text).chars().filter(c -> c == ',').count() ? ';' : ',';
        List<List<String>> lines = new ArrayList<>();
        try (var parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                lines.add(record.toList());
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new SubmissionRuleException("imports.unreadable");
        }
        return lines;
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static List<List<String>> xlsx(byte[] content) {
        List<List<String>> lines = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (InputStream in = new ByteArrayInputStream(content); Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            int last = sheet.getLastRowNum();
            for (int r = 0; r <= last; r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? null : formatter.formatCellValue(cell));
                    }
                }
                lines.add(cells);
            }
        } catch (IOException | RuntimeException e) {
            throw new SubmissionRuleException("imports.unreadable");
        }
        return lines;
    }
}
