package vn.phoihop.models;

import java.util.List;

import vn.phoihop.imports.ImportColumn;
import vn.phoihop.imports.ImportRow;

/** The columns of a models file, the same for the import and the export, so an export can be edited and imported back. */
final class ModelColumns {

    static final List<ImportColumn> ALL = List.of(
            ImportColumn.required("type", 255, "Loại mô hình", "Type"),
            ImportColumn.required("name", ModelRules.NAME_MAX, "Tên mô hình", "Name"),
            ImportColumn.required("sponsor", 64, "Tổ chức xây dựng", "Sponsor"),
            ImportColumn.optional("district", ModelRules.AREA_MAX, "Huyện", "District"),
            ImportColumn.optional("commune", ModelRules.AREA_MAX, "Xã/phường", "Commune"),
            ImportColumn.optional("startedOn", 10, "Ngày bắt đầu", "Started on"),
            ImportColumn.optional("boardMembers", ModelRules.BOARD_MAX, "Ban điều hành", "Board members"));

    private ModelColumns() {
    }

    static ModelValues values(ImportRow row) {
        return new ModelValues(row.get("type"), row.get("name"), row.get("sponsor"), row.get("district"), row.get("commune"),
                row.get("startedOn"), row.get("boardMembers"));
    }
}
