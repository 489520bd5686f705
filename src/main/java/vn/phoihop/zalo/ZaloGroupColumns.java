package vn.phoihop.zalo;

import java.util.List;

import vn.phoihop.imports.ImportColumn;
import vn.phoihop.imports.ImportRow;

/** The columns of a Zalo groups file, the same for the import and the export. */
final class ZaloGroupColumns {

    static final List<ImportColumn> ALL = List.of(
            ImportColumn.required("organization", 64, "Tổ chức", "Organisation"),
            ImportColumn.required("name", ZaloGroupRules.NAME_MAX, "Tên nhóm", "Name"),
            ImportColumn.required("level", 40, "Cấp", "Level"),
            ImportColumn.optional("area", ZaloGroupRules.AREA_MAX, "Địa bàn", "Area"),
            ImportColumn.optional("residentGroup", 40, "Tổ dân cư tự quản", "Resident group"),
            ImportColumn.optional("administrator", ZaloGroupRules.NAME_MAX, "Quản trị viên", "Administrator"),
            ImportColumn.optional("joinLink", ZaloGroupRules.LINK_MAX, "Liên kết tham gia", "Join link"),
            ImportColumn.optional("members", 10, "Số thành viên", "Members"),
            ImportColumn.optional("countedOn", 10, "Ngày đếm", "Counted on"));

    private ZaloGroupColumns() {
    }

    static ZaloGroupValues values(ImportRow row) {
        return new ZaloGroupValues(row.get("organization"), row.get("name"), row.get("level"), row.get("area"), row.get("residentGroup"),
                row.get("administrator"), row.get("joinLink"), row.get("members"), row.get("countedOn"));
    }
}
