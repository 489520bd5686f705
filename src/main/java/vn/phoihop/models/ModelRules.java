package vn.phoihop.models;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import vn.phoihop.organizations.MovementModelType;
import vn.phoihop.organizations.MovementModelTypeRepository;
import vn.phoihop.organizations.OrganizationGroups;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.search.SearchText;

/**
 * The rules a model's values must pass, the same for the form and every row of an import: a type of
 * the plan's footnote (its code or its name, without regard to diacritics or case), a name, a
 * sponsoring organisation of the tree in force that the editor may manage, lengths, a start date not
 * in the future. Problems are named by field (the import's column key).
 */
@Component
class ModelRules {

    static final int NAME_MAX = 255;
    static final int AREA_MAX = 100;
    static final int BOARD_MAX = 2000;
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final MovementModelTypeRepository types;
    private final OrganizationGroups organizationGroups;

    ModelRules(MovementModelTypeRepository types, OrganizationGroups organizationGroups) {
        this.types = types;
        this.organizationGroups = organizationGroups;
    }

    record Problem(String field, String code, Object... arguments) {
    }

    record Checked(ModelDetails details, List<Problem> problems) {
    }

    Checked check(ModelValues values, ModelScope.Visible editor) {
        List<Problem> problems = new ArrayList<>();
        String type = values.type() == null ? null : typesByName().get(fold(values.type()));
        if (values.type() == null) {
            problems.add(new Problem("type", "models.error.required"));
        } else if (type == null) {
            problems.add(new Problem("type", "models.error.type"));
        }
        if (values.name() == null) {
            problems.add(new Problem("name", "models.error.required"));
        }
        length(problems, "name", values.name(), NAME_MAX);
        length(problems, "district", values.district(), AREA_MAX);
        length(problems, "commune", values.commune(), AREA_MAX);
        length(problems, "boardMembers", values.boardMembers(), BOARD_MAX);
        String sponsor = values.sponsor();
        if (sponsor == null) {
            problems.add(new Problem("sponsor", "models.error.required"));
        } else if (organizationGroups.find(sponsor).filter(found -> found.isValidOn(ProvinceClock.today())).isEmpty()) {
            problems.add(new Problem("sponsor", "models.error.sponsorUnknown", sponsor));
        } else if (!editor.mayManage(sponsor)) {
            problems.add(new Problem("sponsor", "models.error.sponsorNotAllowed", sponsor));
        }
        LocalDate startedOn = null;
        if (values.startedOn() != null) {
            startedOn = date(values.startedOn());
            if (startedOn == null || startedOn.isAfter(ProvinceClock.today())) {
                problems.add(new Problem("startedOn", "models.error.startedOn"));
            }
        }
        ModelDetails details = problems.isEmpty() ? new ModelDetails(type, values.name(), sponsor, values.district(),
                values.commune(), startedOn, board(values.boardMembers())) : null;
        return new Checked(details, problems);
    }

    /** What a duplicate has in common: type, sponsor and name without diacritics or case. */
    static String naturalKey(String type, String sponsor, String name) {
        return type + "|" + sponsor + "|" + fold(name);
    }

    /** The board one person per line, whether typed in the form or separated by ";" in a file's cell. */
    private static String board(String text) {
        return text == null ? null : String.join("\n", text.strip().split("\\s*(;|\\R)\\s*"));
    }

    private static LocalDate date(String text) {
        try {
            return text.contains("/") ? LocalDate.parse(text.strip(), VIETNAMESE_DATE) : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private Map<String, String> typesByName() {
        Map<String, String> byName = new HashMap<>();
        for (MovementModelType type : types.findAllByOrderBySortOrder()) {
            byName.put(fold(type.getCode()), type.getCode());
            byName.put(fold(type.getNameVi()), type.getCode());
            byName.put(fold(type.getNameEn()), type.getCode());
        }
        return byName;
    }

    private static void length(List<Problem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new Problem(field, "models.error.tooLong", max));
        }
    }

    private static String fold(String text) {
        return SearchText.normalize(text.strip()).replaceAll("\\s+", " ");
    }
}
