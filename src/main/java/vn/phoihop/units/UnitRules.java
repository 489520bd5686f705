package vn.phoihop.units;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.phoihop.organizations.Organization;
import vn.phoihop.organizations.OrganizationTree;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.search.SearchText;

/**
 * The rules a unit's values must pass, the same for the form and every row of an import: lengths,
 * a known kind, a managing organisation that manages units in the tree in force today and that the
 * editor may manage, a contact who is a user. Problems are named by field (the import's column key).
 */
@Component
class UnitRules {

    static final int CODE_MAX = 40;
    static final int NAME_MAX = 200;
    static final int AREA_MAX = 100;
    static final int USER_MAX = 64;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final OrganizationTree tree;
    private final IdentityService identityService;
    private final Map<String, UnitKind> kindsByName = new HashMap<>();

    UnitRules(OrganizationTree tree, IdentityService identityService, MessageSource messages) {
        this.tree = tree;
        this.identityService = identityService;
        for (UnitKind kind : UnitKind.values()) {
            kindsByName.put(fold(kind.name()), kind);
            for (Locale locale : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
                kindsByName.put(fold(messages.getMessage("units.kind." + kind.name(), null, kind.name(), locale)), kind);
            }
        }
    }

    record Problem(String field, String code, Object... arguments) {
    }

    /** Checks values against the managing organisations in force on the day; the result holds the details or the problems. */
    Checked check(UnitValues values, UnitScope.Visible editor, Set<String> managingCodes) {
        List<Problem> problems = new ArrayList<>();
        if (values.code() != null && (values.code().length() > CODE_MAX || !CODE.matcher(values.code()).matches())) {
            problems.add(new Problem("code", "units.error.code", CODE_MAX));
        }
        UnitKind kind = values.kind() == null ? null : kindsByName.get(fold(values.kind()));
        if (values.kind() == null) {
            problems.add(new Problem("kind", "units.error.required"));
        } else if (kind == null) {
            problems.add(new Problem("kind", "units.error.kind"));
        }
        if (values.name() == null) {
            problems.add(new Problem("name", "units.error.required"));
        }
        length(problems, "name", values.name(), NAME_MAX);
        length(problems, "district", values.district(), AREA_MAX);
        length(problems, "commune", values.commune(), AREA_MAX);
        String managing = values.managingOrganization();
        if (managing == null) {
            problems.add(new Problem("managingOrganization", "units.error.required"));
        } else if (!managingCodes.contains(managing)) {
            problems.add(new Problem("managingOrganization", "units.error.managingUnknown", managing));
        } else if (!editor.mayManage(managing)) {
            problems.add(new Problem("managingOrganization", "units.error.managingNotAllowed", managing));
        }
        if (values.contactUser() != null) {
            if (values.contactUser().length() > USER_MAX) {
                problems.add(new Problem("contactUser", "units.error.tooLong", USER_MAX));
            } else if (identityService.createUserQuery().userId(values.contactUser()).count() == 0) {
                problems.add(new Problem("contactUser", "units.error.userUnknown", values.contactUser()));
            }
        }
        UnitDetails details = problems.isEmpty() ? new UnitDetails(kind, values.name(), values.district(),
                values.commune(), managing, values.contactUser()) : null;
        return new Checked(details, problems);
    }

    /** Codes of the organisations that manage units today, in the tree in force. */
    Set<String> managingCodesToday() {
        return managingToday().stream().map(Organization::getCode).collect(Collectors.toSet());
    }

    List<Organization> managingToday() {
        LocalDate today = ProvinceClock.today();
        return tree.managingOrganizationsOn(today);
    }

    /** What a duplicate has in common: kind, managing organisation and name as typed without diacritics or case. */
    static String naturalKey(UnitKind kind, String managingOrganization, String name) {
        return kind + "|" + managingOrganization + "|" + fold(name);
    }

    private static void length(List<Problem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new Problem(field, "units.error.tooLong", max));
        }
    }

    private static String fold(String text) {
        return SearchText.normalize(text.strip()).replaceAll("\\s+", " ");
    }

    record Checked(UnitDetails details, List<Problem> problems) {
    }
}
