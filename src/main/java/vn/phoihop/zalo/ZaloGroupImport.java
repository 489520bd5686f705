package vn.phoihop.zalo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.imports.ImportReport;
import vn.phoihop.imports.ImportRow;
import vn.phoihop.imports.ImportTable;
import vn.phoihop.imports.TabularReader;
import vn.phoihop.security.PortalUser;

/**
 * Imports Zalo groups, each with its member count, from an XLSX or UTF-8 CSV file. <b>All or
 * nothing</b>, like the other registries: if any row breaks {@link ZaloGroupRules} or repeats a group of
 * the file or the registry, nothing is saved and the report lists every refused row.
 */
@Service
class ZaloGroupImport {

    private final ZaloGroupRules rules;
    private final ZaloGroupScope scope;
    private final ZaloGroupRegistry registry;

    ZaloGroupImport(ZaloGroupRules rules, ZaloGroupScope scope, ZaloGroupRegistry registry) {
        this.rules = rules;
        this.scope = scope;
        this.registry = registry;
    }

    @Transactional
    ImportReport run(String fileName, byte[] content, PortalUser user) {
        ImportTable table = TabularReader.read(fileName, content, ZaloGroupColumns.ALL);
        if (table.hasHeaderErrors()) {
            return ImportReport.refused(table);
        }
        ZaloGroupScope.Visible editor = scope.of(user);
        Set<String> existing = registry.naturalKeys(null);
        Map<String, Integer> inFile = new HashMap<>();
        List<ZaloGroupRules.Checked> accepted = new ArrayList<>();
        for (ImportRow row : table.rows()) {
            if (table.rowHasErrors(row)) {
                continue;
            }
            ZaloGroupRules.Checked checked = rules.check(ZaloGroupColumns.values(row), editor);
            checked.problems().forEach(problem -> table.reject(row, problem.field(), problem.code(), problem.arguments()));
            if (checked.details() != null) {
                String key = ZaloGroupRules.naturalKey(checked.details().organization(), checked.details().name());
                Integer first = inFile.putIfAbsent(key, row.number());
                if (first != null) {
                    table.reject(row, "name", "imports.duplicateInFile", first);
                } else if (existing.contains(key)) {
                    table.reject(row, "name", "imports.duplicateInRegistry");
                }
                accepted.add(checked);
            }
        }
        if (table.hasErrors()) {
            return ImportReport.refused(table);
        }
        registry.registerAll(accepted, user.id());
        return ImportReport.saved(accepted.size());
    }
}
