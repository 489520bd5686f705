package vn.phoihop.zalo;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.phoihop.organizations.OrganizationGroups;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.search.SearchText;

/**
 * The rules a Zalo group's values must pass, the same for the form and every row of an import: an
 * organisation of the tree in force that the editor may manage, a name, a level (its code or its name
 * in either language), lengths, a join link that is an https link of zalo.me (nothing else a phone
 * would open), a member count from 0 to {@value ZaloGroup#MAX_MEMBERS} with the day it was counted, not
 * in the future. The resident group, when named, must exist.
 */
@Component
class ZaloGroupRules {

    static final int NAME_MAX = 255;
    static final int AREA_MAX = 200;
    static final int LINK_MAX = 500;
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final OrganizationGroups organizationGroups;
    private final ResidentGroupCodes residentGroups;
    private final Map<String, ZaloGroupLevel> levelsByName = new HashMap<>();

    ZaloGroupRules(OrganizationGroups organizationGroups, ResidentGroupCodes residentGroups, MessageSource messages) {
        this.organizationGroups = organizationGroups;
        this.residentGroups = residentGroups;
        for (ZaloGroupLevel level : ZaloGroupLevel.values()) {
            levelsByName.put(fold(level.name()), level);
            for (Locale locale : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
                levelsByName.put(fold(messages.getMessage("zalo.level." + level.name(), null, level.name(), locale)), level);
            }
        }
    }

    record Problem(String field, String code, Object... arguments) {
    }

    /** The details, the count (members and day, or null when none was given), or the problems. */
    record Checked(ZaloGroupDetails details, Integer members, LocalDate countedOn, List<Problem> problems) {
    }

    Checked check(ZaloGroupValues values, ZaloGroupScope.Visible editor) {
        List<Problem> problems = new ArrayList<>();
        String organization = values.organization();
        if (organization == null) {
            problems.add(new Problem("organization", "zalo.error.required"));
        } else if (organizationGroups.find(organization).filter(found -> found.isValidOn(ProvinceClock.today())).isEmpty()) {
            problems.add(new Problem("organization", "zalo.error.organizationUnknown", organization));
        } else if (!editor.mayManage(organization)) {
            problems.add(new Problem("organization", "zalo.error.organizationNotAllowed", organization));
        }
        if (values.name() == null) {
            problems.add(new Problem("name", "zalo.error.required"));
        }
        length(problems, "name", values.name(), NAME_MAX);
        length(problems, "area", values.area(), AREA_MAX);
        length(problems, "administrator", values.administrator(), NAME_MAX);
        ZaloGroupLevel level = values.level() == null ? null : levelsByName.get(fold(values.level()));
        if (values.level() == null) {
            problems.add(new Problem("level", "zalo.error.required"));
        } else if (level == null) {
            problems.add(new Problem("level", "zalo.error.level"));
        }
        if (values.joinLink() != null && !isZaloLink(values.joinLink())) {
            problems.add(new Problem("joinLink", "zalo.error.link"));
        }
        if (values.residentGroup() != null && !residentGroups.exists(values.residentGroup())) {
            problems.add(new Problem("residentGroup", "zalo.error.residentGroup", values.residentGroup()));
        }
        Integer members = null;
        LocalDate countedOn = null;
        if (values.members() != null) {
            try {
                members = Integer.valueOf(values.members().strip());
            } catch (NumberFormatException e) {
                members = -1;
            }
            if (members < 0 || members > ZaloGroup.MAX_MEMBERS) {
                problems.add(new Problem("members", "zalo.error.members", ZaloGroup.MAX_MEMBERS));
            }
            countedOn = values.countedOn() == null ? ProvinceClock.today() : date(values.countedOn());
            if (countedOn == null || countedOn.isAfter(ProvinceClock.today())) {
                problems.add(new Problem("countedOn", "zalo.error.countedOn"));
            }
        }
        ZaloGroupDetails details = problems.isEmpty() ? new ZaloGroupDetails(organization, values.name(), level, values.area(),
                values.residentGroup(), values.administrator(), values.joinLink()) : null;
        return new Checked(details, members, countedOn, problems);
    }

    /** What a duplicate has in common: organisation and name without diacritics or case. */
    static String naturalKey(String organization, String name) {
        return organization + "|" + fold(name);
    }

    static boolean isZaloLink(String link) {
        if (link.length() > LINK_MAX) {
            return false;
        }
        try {
            URI uri = URI.create(link.strip());
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            return "https".equalsIgnoreCase(uri.getScheme()) && (host.equals("zalo.me") || host.endsWith(".zalo.me"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static LocalDate date(String text) {
        try {
            return text.contains("/") ? LocalDate.parse(text.strip(), VIETNAMESE_DATE) : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void length(List<Problem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new Problem(field, "zalo.error.tooLong", max));
        }
    }

    private static String fold(String text) {
        return SearchText.normalize(text.strip()).replaceAll("\\s+", " ");
    }
}
