package vn.phoihop.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A file read for an import: the rows under the header, and the errors found so far (header
 * problems, cells too long). The caller adds its own rules' errors with {@link #reject}.
 */
public final class ImportTable {

    private final List<ImportColumn> columns;
    private final List<ImportRow> rows;
    private final List<RowError> errors = new ArrayList<>();
    private final Set<Integer> rejectedRows = new HashSet<>();

    ImportTable(List<ImportColumn> columns, List<ImportRow> rows) {
        this.columns = columns;
        this.rows = rows;
    }

    public List<ImportRow> rows() {
        return rows;
    }

    public List<RowError> errors() {
        return errors;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Refuses a row because of one column; the column is named by its header as the file shows it. */
    public void reject(ImportRow row, String key, String messageCode, Object... arguments) {
        reject(row.number(), key, messageCode, arguments);
    }

    void reject(int rowNumber, String key, String messageCode, Object... arguments) {
        String header = columns.stream().filter(column -> column.key().equals(key)).map(ImportColumn::header)
                .findFirst().orElse(key);
        errors.add(new RowError(rowNumber, header, messageCode, List.of(arguments)));
        rejectedRows.add(rowNumber);
    }

    /** The header was refused (an unknown, missing or repeated column): no row was read. */
    public boolean hasHeaderErrors() {
        return rejectedRows.contains(1);
    }

    public boolean rowHasErrors(ImportRow row) {
        return rejectedRows.contains(row.number());
    }
}
