package vn.phoihop.units.residents;

import java.util.List;

import vn.phoihop.imports.ImportColumn;
import vn.phoihop.imports.ImportRow;
import vn.phoihop.imports.ImportTable;

/**
 * A resident group as a row of its file, checked cell by cell: the columns, shared by the import
 * and the page that lists them, and the rules a row must meet.
 */
record GroupRow(String code, String name, String commune, String area, String managingOrganization, String leader,
                String boardMembers, boolean boardConsolidated, GroupQuality quality, int households,
                int householdsInformed) {

    static final List<ImportColumn> COLUMNS = List.of(
            ImportColumn.required("code", 40, "Mã", "Code"),
            ImportColumn.required("name", 200, "Tên tổ", "Name"),
            ImportColumn.optional("commune", 100, "Xã/phường", "Commune"),
            ImportColumn.optional("area", 200, "Khu dân cư", "Area"),
            ImportColumn.required("managingOrganization", 64, "Đơn vị quản lý", "Managing organisation"),
            ImportColumn.optional("leader", 100, "Tổ trưởng", "Leader"),
            ImportColumn.optional("boardMembers", 1000, "Ban điều hành", "Board members"),
            ImportColumn.required("boardConsolidated", 10, "Đã củng cố", "Board consolidated"),
            ImportColumn.required("quality", 20, "Chất lượng hoạt động", "Quality"),
            ImportColumn.required("households", 9, "Số hộ", "Households"),
            ImportColumn.required("householdsInformed", 9, "Số hộ được tuyên truyền", "Households informed"));

    private static final int MAX_COUNT = 100_000;
    private static final List<String> YES = List.of("co", "x", "yes", "true", "1");
    private static final List<String> NO = List.of("khong", "", "no", "false", "0");

    /** The row's values, or null after its problems are reported on the table. */
    static GroupRow check(ImportRow row, ImportTable table) {
        if (row.get("code") == null || !row.get("code").matches("[A-Za-z0-9._-]+")) {
            table.reject(row, "code", "units.error.code", 40);
        }
        if (row.get("name") == null) {
            table.reject(row, "name", "units.error.required");
        }
        Boolean consolidated = yesOrNo(row.get("boardConsolidated"));
        if (consolidated == null) {
            table.reject(row, "boardConsolidated", "residents.error.yesNo");
        }
        GroupQuality quality = GroupQuality.parse(row.get("quality")).orElse(null);
        if (quality == null) {
            table.reject(row, "quality", "residents.error.quality");
        }
        Integer households = count(row, "households", table);
        Integer informed = count(row, "householdsInformed", table);
        if (households != null && informed != null && informed > households) {
            table.reject(row, "householdsInformed", "residents.error.informedOverHouseholds", households);
        }
        if (table.rowHasErrors(row)) {
            return null;
        }
        return new GroupRow(row.get("code"), row.get("name"), row.get("commune"), row.get("area"),
                row.get("managingOrganization"), row.get("leader"), row.get("boardMembers"), consolidated, quality,
                households, informed);
    }

    private static Boolean yesOrNo(String cell) {
        String folded = vn.phoihop.search.SearchText.normalize(cell == null ? "" : cell.strip());
        return YES.contains(folded) ? Boolean.TRUE : NO.contains(folded) ? Boolean.FALSE : null;
    }

    private static Integer count(ImportRow row, String key, ImportTable table) {
        // digits only: "1.000" or "12,5" would be guessed at, and a count is never a fraction
        String cell = row.get(key) == null ? "" : row.get(key).strip();
        if (cell.matches("\\d{1,6}") && Integer.parseInt(cell) <= MAX_COUNT) {
            return Integer.parseInt(cell);
        }
        table.reject(row, key, "residents.error.count", MAX_COUNT);
        return null;
    }
}
