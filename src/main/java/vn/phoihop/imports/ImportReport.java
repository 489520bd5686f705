package vn.phoihop.imports;

import java.util.List;

/** What an import did: the rows saved, or (nothing saved) why rows were refused. */
public record ImportReport(int imported, int rows, List<RowError> errors) {

    public static ImportReport refused(ImportTable table) {
        return new ImportReport(0, table.rows().size(), List.copyOf(table.errors()));
    }

    public static ImportReport saved(int rows) {
        return new ImportReport(rows, rows, List.of());
    }

    public boolean refused() {
        return !errors.isEmpty();
    }
}
