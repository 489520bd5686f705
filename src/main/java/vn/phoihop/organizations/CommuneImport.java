package vn.phoihop.organizations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.imports.ImportColumn;
import vn.phoihop.imports.ImportReport;
import vn.phoihop.imports.ImportRow;
import vn.phoihop.imports.ImportTable;
import vn.phoihop.imports.TabularReader;
import vn.phoihop.search.SearchText;
import vn.phoihop.security.IdentityReferenceLoader;

/**
 * Imports the communes and wards in force since 1 July 2025 from an XLSX or UTF-8 CSV file: each row
 * makes the commune, its police and its Front committee, and the Camunda groups
 * {@code commune-police-<code>} and {@code commune-front-<code>}. A commune imported again is
 * updated (names, kind, former district), so the same file may be imported twice. All or nothing,
 * like every import.
 */
@Service
public class CommuneImport {

    static final LocalDate COMMUNES_FROM = LocalDate.of(2025, 7, 1);
    static final String POLICE_PREFIX = "commune-police-";
    static final String FRONT_PREFIX = "commune-front-";
    private static final int FIRST_SORT_ORDER = 10_000;
    private static final String WORKFLOW = "WORKFLOW";
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]*");
    static final List<ImportColumn> COLUMNS = List.of(
            ImportColumn.required("code", 40, "Mã", "Code"),
            ImportColumn.required("name", 40, "Tên", "Name"),
            ImportColumn.required("type", 20, "Loại", "Kind"),
            ImportColumn.optional("formerDistrict", 100, "Huyện cũ", "Former district"));

    private final OrganizationRepository organizations;
    private final IdentityService identityService;
    private final ApplicationEventPublisher events;
    private final IdentityReferenceLoader identityReference;

    CommuneImport(OrganizationRepository organizations, IdentityService identityService, ApplicationEventPublisher events,
                  IdentityReferenceLoader identityReference) {
        this.organizations = organizations;
        this.identityReference = identityReference;
        this.identityService = identityService;
        this.events = events;
    }

    /** Kinds of local unit, as the column "Loại" may name them: Vietnamese word, with or without marks, or English. */
    enum CommuneType {
        XA("Xã", "Commune"), PHUONG("Phường", "Ward"), THI_TRAN("Thị trấn", "Township");

        final String vi;
        final String en;

        CommuneType(String vi, String en) {
            this.vi = vi;
            this.en = en;
        }

        static CommuneType parse(String text) {
            String folded = SearchText.normalize(text).strip();
            for (CommuneType type : values()) {
                if (folded.equals(SearchText.normalize(type.vi)) || folded.equals(type.en.toLowerCase()) || folded.equals(type.name().toLowerCase())) {
                    return type;
                }
            }
            return null;
        }
    }

    @Transactional
    public ImportReport run(String fileName, byte[] content) {
        ImportTable table = TabularReader.read(fileName, content, COLUMNS);
        if (table.hasHeaderErrors()) {
            return ImportReport.refused(table);
        }
        Map<String, Integer> codes = new HashMap<>();
        for (ImportRow row : table.rows()) {
            String code = row.get("code");
            if (code != null && !CODE.matcher(code).matches()) {
                table.reject(row, "code", "communes.error.code");
            } else if (code != null && codes.putIfAbsent(code, row.number()) != null) {
                table.reject(row, "code", "imports.duplicateInFile", codes.get(code));
            } else if (code != null && organizations.findById(code).filter(o -> o.getKind() != OrganizationKind.COMMUNE).isPresent()) {
                table.reject(row, "code", "communes.error.codeTaken");
            }
            if (row.get("name") == null) {
                table.reject(row, "name", "units.error.required");
            }
            if (row.get("type") == null || CommuneType.parse(row.get("type")) == null) {
                table.reject(row, "type", "communes.error.type");
            }
        }
        if (table.hasErrors()) {
            return ImportReport.refused(table);
        }
        int order = FIRST_SORT_ORDER + (int) organizations.count() * 3;
        List<String> changedGroups = new ArrayList<>();
        for (ImportRow row : table.rows()) {
            changedGroups.addAll(save(row, order));
            order += 3;
        }
        // a commune imported again as it was (the demo's sample at each start) needs no grant: it has them
        if (!changedGroups.isEmpty()) {
            identityReference.grantWorkflowDefaults(changedGroups.stream()
                    .flatMap(group -> Stream.of(group, Organization.leadersGroupOf(group))).toList());
            events.publishEvent(new OrganizationsImported(List.copyOf(changedGroups)));
        }
        return ImportReport.saved(table.rows().size());
    }

    /** Answers the groups of the commune's police and Front whose organisation or group was made or changed. */
    private List<String> save(ImportRow row, int order) {
        String code = row.get("code");
        String name = row.get("name");
        CommuneType type = CommuneType.parse(row.get("type"));
        String former = row.get("formerDistrict");
        String lower = type.vi.toLowerCase();
        List<String> changed = new ArrayList<>();
        upsert(new OrganizationRow(code, type.vi + " " + name, name + " " + type.en, type.vi + " " + name,
                OrganizationKind.COMMUNE, null, null, COMMUNES_FROM, null, former), order);
        if (upsert(new OrganizationRow(POLICE_PREFIX + code, "Công an " + lower + " " + name, "Police of " + name + " " + type.en,
                "CA " + lower + " " + name, OrganizationKind.COMMUNE_POLICE, code, POLICE_PREFIX + code, COMMUNES_FROM, null, former), order + 1)) {
            changed.add(POLICE_PREFIX + code);
        }
        if (upsert(new OrganizationRow(FRONT_PREFIX + code, "Ủy ban MTTQ Việt Nam " + lower + " " + name,
                "Fatherland Front Committee of " + name + " " + type.en, "MTTQ " + lower + " " + name,
                OrganizationKind.COMMUNE_FRONT, code, FRONT_PREFIX + code, COMMUNES_FROM, null, former), order + 2)) {
            changed.add(FRONT_PREFIX + code);
        }
        return changed;
    }

    /** Answers whether the organisation or one of its groups was made or changed. */
    private boolean upsert(OrganizationRow row, int order) {
        Organization organization = organizations.findById(row.code()).orElseGet(() -> new Organization(row.code()));
        int keptOrder = organization.getNameVi() == null ? order : organization.getSortOrder();
        boolean changed = organization.updateFrom(row, keptOrder);
        if (changed) {
            organizations.save(organization);
        }
        if (row.groupId() != null) {
            changed |= saveGroup(row.groupId(), row.nameVi());
            // the commune's leaders (Trưởng Công an, Ban Thường trực MTTQ): escalations of its work go to them
            changed |= saveGroup(Organization.leadersGroupOf(row.groupId()), "Lãnh đạo " + row.nameVi());
        }
        return changed;
    }

    /** A group already as the file says is left alone: a same file imported again (each demo start) writes nothing. */
    private boolean saveGroup(String groupId, String name) {
        var group = identityService.createGroupQuery().groupId(groupId).singleResult();
        if (group == null) {
            group = identityService.newGroup(groupId);
        } else if (name.equals(group.getName()) && WORKFLOW.equals(group.getType())) {
            return false;
        }
        group.setName(name);
        group.setType(WORKFLOW);
        identityService.saveGroup(group);
        return true;
    }
}
