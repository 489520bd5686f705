package vn.phoihop.units.residents;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.imports.ImportReport;
import vn.phoihop.imports.ImportRow;
import vn.phoihop.imports.ImportTable;
import vn.phoihop.imports.TabularReader;
import vn.phoihop.organizations.Organization;
import vn.phoihop.organizations.OrganizationTree;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.security.PortalUser;
import vn.phoihop.units.UnitScope;

/**
 * Imports resident groups from XLSX or UTF-8 CSV, <b>all or nothing</b> like units: every row is
 * checked first; a code already known <b>updates</b> that group (the managing police keeps its
 * list in a spreadsheet and imports it again after each review), within the importer's own
 * managing levels only.
 */
@Service
class ResidentGroupImport {

    private final ResidentGroupRepository groups;
    private final OrganizationTree tree;
    private final UnitScope scope;

    ResidentGroupImport(ResidentGroupRepository groups, OrganizationTree tree, UnitScope scope) {
        this.groups = groups;
        this.tree = tree;
        this.scope = scope;
    }

    @Transactional
    ImportReport run(String fileName, byte[] content, PortalUser user) {
        ImportTable table = TabularReader.read(fileName, content, GroupRow.COLUMNS);
        if (table.hasHeaderErrors()) {
            return ImportReport.refused(table);
        }
        UnitScope.Visible editor = scope.of(user);
        Set<String> managingToday = tree.managingOrganizationsOn(ProvinceClock.today()).stream()
                .map(Organization::getCode).collect(Collectors.toSet());
        Map<String, Integer> codesInFile = new HashMap<>();
        Map<ImportRow, GroupRow> accepted = new LinkedHashMap<>();
        for (ImportRow row : table.rows()) {
            if (table.rowHasErrors(row)) {
                continue; // a missing or too long cell: already reported
            }
            Integer first = row.get("code") == null ? null : codesInFile.putIfAbsent(row.get("code"), row.number());
            if (first != null) {
                table.reject(row, "code", "imports.duplicateInFile", first);
            }
            String managing = row.get("managingOrganization");
            if (managing == null) {
                table.reject(row, "managingOrganization", "units.error.required");
            } else if (!managingToday.contains(managing)) {
                table.reject(row, "managingOrganization", "units.error.managingUnknown", managing);
            } else if (!editor.mayManage(managing)) {
                table.reject(row, "managingOrganization", "units.error.managingNotAllowed", managing);
            }
            GroupRow checked = GroupRow.check(row, table);
            if (checked != null) {
                accepted.put(row, checked);
            }
        }
        Map<String, ResidentGroup> existing = groups.findAllById(codesInFile.keySet()).stream()
                .collect(Collectors.toMap(ResidentGroup::getCode, Function.identity()));
        for (Map.Entry<ImportRow, GroupRow> entry : accepted.entrySet()) {
            ResidentGroup known = existing.get(entry.getValue().code());
            if (known != null && !editor.mayManage(known.getManagingOrganization())) {
                // another police's group: its code is taken, and what it holds is not the importer's to see
                table.reject(entry.getKey(), "code", "imports.duplicateInRegistry");
            }
        }
        if (table.hasErrors()) {
            return ImportReport.refused(table);
        }
        Instant now = ProvinceClock.now();
        for (GroupRow row : accepted.values()) {
            ResidentGroup group = existing.getOrDefault(row.code(), ResidentGroup.of(row.code()));
            group.take(row, user.id(), now);
            groups.save(group);
        }
        return ImportReport.saved(accepted.size());
    }
}
