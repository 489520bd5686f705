package vn.phoihop.models;

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
 * Imports models from an XLSX or UTF-8 CSV file. <b>All or nothing</b>, like the units' import: every
 * row is checked against the same {@link ModelRules} as the form, for duplicates within the file and
 * against the registry; if any row is refused nothing is saved and the report lists every refused row.
 */
@Service
class ModelImport {

    private final ModelRules rules;
    private final ModelScope scope;
    private final ModelRegistry registry;

    ModelImport(ModelRules rules, ModelScope scope, ModelRegistry registry) {
        this.rules = rules;
        this.scope = scope;
        this.registry = registry;
    }

    @Transactional
    ImportReport run(String fileName, byte[] content, PortalUser user) {
        ImportTable table = TabularReader.read(fileName, content, ModelColumns.ALL);
        if (table.hasHeaderErrors()) {
            return ImportReport.refused(table);
        }
        ModelScope.Visible editor = scope.of(user);
        Set<String> existing = registry.naturalKeys(null);
        Map<String, Integer> inFile = new HashMap<>();
        List<ModelDetails> accepted = new ArrayList<>();
        for (ImportRow row : table.rows()) {
            if (table.rowHasErrors(row)) {
                continue; // a cell too long: its report says so, the rules would repeat it
            }
            ModelRules.Checked checked = rules.check(ModelColumns.values(row), editor);
            checked.problems().forEach(problem -> table.reject(row, problem.field(), problem.code(), problem.arguments()));
            if (checked.details() != null) {
                ModelDetails details = checked.details();
                String key = ModelRules.naturalKey(details.typeCode(), details.sponsor(), details.name());
                Integer first = inFile.putIfAbsent(key, row.number());
                if (first != null) {
                    table.reject(row, "name", "imports.duplicateInFile", first);
                } else if (existing.contains(key)) {
                    table.reject(row, "name", "imports.duplicateInRegistry");
                }
                accepted.add(details);
            }
        }
        if (table.hasErrors()) {
            return ImportReport.refused(table);
        }
        registry.registerAll(accepted, user.id());
        return ImportReport.saved(accepted.size());
    }
}
