package vn.phoihop.imports;

import java.util.List;

/**
 * Why one row (or the header, row 1) of an imported file was refused: the row number as a
 * spreadsheet shows it, the column's header, and a message key with its arguments.
 */
public record RowError(int row, String column, String messageCode, List<Object> arguments) {

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
