package vn.phoihop.units;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.documents.RecordIds;
import vn.phoihop.imports.ImportReport;
import vn.phoihop.imports.ImportRow;
import vn.phoihop.imports.ImportTable;
import vn.phoihop.imports.TabularReader;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.security.PortalUser;

/**
 * Imports units from an XLSX or UTF-8 CSV file. <b>All or nothing</b>: every row is checked first
 * against the same {@link UnitRules} as the form, for duplicates within the file and against the
 * registry; if any row is refused nothing is saved and the report lists every refused row, so a
 * corrected file can simply be imported again.
 */
@Service
public class UnitImport {

    private final UnitRepository units;
    private final UnitRules rules;
    private final UnitScope scope;
    private final UnitRegistry registry;
    private final RecordIds recordIds;

    UnitImport(UnitRepository units, UnitRules rules, UnitScope scope, UnitRegistry registry, RecordIds recordIds) {
        this.units = units;
        this.rules = rules;
        this.scope = scope;
        this.registry = registry;
        this.recordIds = recordIds;
    }

    @Transactional
    public ImportReport run(String fileName, byte[] content, PortalUser user) {
        ImportTable table = TabularReader.read(fileName, content, UnitColumns.ALL);
        if (table.hasHeaderErrors()) {
            return ImportReport.refused(table);
        }
        UnitScope.Visible editor = scope.of(user);
        Set<String> managingCodes = rules.managingCodesToday();
        Set<String> existingCodes = new HashSet<>(units.allCodes());
        Set<String> existingKeys = new HashSet<>();
        for (Object[] row : units.allNaturalKeys()) {
            existingKeys.add(UnitRules.naturalKey((UnitKind) row[0], (String) row[1], (String) row[2]));
        }
        Map<String, Integer> codesInFile = new HashMap<>();
        Map<String, Integer> keysInFile = new HashMap<>();
        Map<ImportRow, UnitDetails> accepted = new HashMap<>();
        for (ImportRow row : table.rows()) {
            if (table.rowHasErrors(row)) {
                continue; // a cell too long: its report says so, the rules would repeat it
            }
            UnitValues values = UnitColumns.values(row);
            UnitRules.Checked checked = rules.check(values, editor, managingCodes);
            checked.problems().forEach(problem -> table.reject(row, problem.field(), problem.code(), problem.arguments()));
            if (values.code() != null) {
                Integer first = codesInFile.putIfAbsent(values.code(), row.number());
                if (first != null) {
                    table.reject(row, "code", "imports.duplicateInFile", first);
                } else if (existingCodes.contains(values.code())) {
                    table.reject(row, "code", "imports.duplicateInRegistry");
                }
            }
            if (checked.details() != null) {
                UnitDetails details = checked.details();
                String key = UnitRules.naturalKey(details.kind(), details.managingOrganization(), details.name());
                Integer first = keysInFile.putIfAbsent(key, row.number());
                if (first != null) {
                    table.reject(row, "name", "imports.duplicateInFile", first);
                } else if (existingKeys.contains(key)) {
                    table.reject(row, "name", "imports.duplicateInRegistry");
                }
                accepted.put(row, details);
            }
        }
        if (table.hasErrors()) {
            return ImportReport.refused(table);
        }
        Instant now = ProvinceClock.now();
        int year = ProvinceClock.today().getYear();
        List<Unit> registered = new ArrayList<>(table.rows().size());
        for (ImportRow row : table.rows()) {
            String code = row.get("code") != null ? row.get("code") : recordIds.next(UnitRegistry.ID_PREFIX, year);
            registered.add(Unit.register(code, accepted.get(row), user.id(), now));
        }
        registry.registerAll(registered);
        return ImportReport.saved(table.rows().size());
    }
}
