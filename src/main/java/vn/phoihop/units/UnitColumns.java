package vn.phoihop.units;

import java.util.List;

import vn.phoihop.imports.ImportColumn;
import vn.phoihop.imports.ImportRow;

/**
 * The columns of a units file, the same for the import and the export, so an exported list can be
 * edited and imported back. Keys are the fields of {@link UnitValues}; headers in Vietnamese first,
 * English accepted too.
 */
final class UnitColumns {

    static final List<ImportColumn> ALL = List.of(
            ImportColumn.optional("code", UnitRules.CODE_MAX, "Mã", "Code"),
            ImportColumn.required("kind", 40, "Loại", "Kind"),
            ImportColumn.required("name", UnitRules.NAME_MAX, "Tên", "Name"),
            ImportColumn.optional("district", UnitRules.AREA_MAX, "Huyện", "District"),
            ImportColumn.optional("commune", UnitRules.AREA_MAX, "Xã/phường", "Commune"),
            ImportColumn.required("managingOrganization", 64, "Đơn vị quản lý", "Managing organisation"),
            ImportColumn.optional("contactUser", UnitRules.USER_MAX, "Người liên hệ", "Contact user"));

    private UnitColumns() {
    }

    static UnitValues values(ImportRow row) {
        return new UnitValues(row.get("code"), row.get("kind"), row.get("name"), row.get("district"),
                row.get("commune"), row.get("managingOrganization"), row.get("contactUser"));
    }
}
