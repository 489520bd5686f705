package vn.phoihop.meetings;

import static vn.phoihop.commendations.CommendationProcessVariables.NOMINEES;
import static vn.phoihop.commendations.CommendationProcessVariables.PROCESS_ID;
import static vn.phoihop.commendations.CommendationProcessVariables.PROPOSING_ORGANIZATION;
import static vn.phoihop.commendations.CommendationProcessVariables.RECORD_TITLE;
import static vn.phoihop.commendations.CommendationProcessVariables.SOURCE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import vn.phoihop.organizations.OrganizationGroups;
import vn.phoihop.organizations.OrganizationTree;
import vn.phoihop.processes.StartFormPrefill;
import vn.phoihop.processes.StartableProcesses;
import vn.phoihop.security.PortalUser;

/**
 * The commendations the approved minutes propose (plan III.1.5 "đề xuất khen thưởng kịp thời"): the
 * organisation the minutes name proposes each one through {@code CommendationProcess}, whose start
 * form opens prefilled ({@code ?prefill=meeting:GB-2026-0003:1}) with the title, the source
 * "liaison-meeting", the organisation and the nominee with the achievement. The values come from the
 * meeting, for a proposal the user's organisation was named for; what is sent is checked as any start.
 */
@Component
class MeetingCommendations implements StartFormPrefill {

    static final String PREFILL_PREFIX = "meeting:";
    static final String SOURCE_LIAISON_MEETING = "liaison-meeting";

    private final MeetingService meetings;
    private final OrganizationGroups organizationGroups;
    private final OrganizationTree organizations;
    private final StartableProcesses startable;

    MeetingCommendations(MeetingService meetings, OrganizationGroups organizationGroups, OrganizationTree organizations,
                         StartableProcesses startable) {
        this.meetings = meetings;
        this.organizationGroups = organizationGroups;
        this.organizations = organizations;
        this.startable = startable;
    }

    /** The positions (from 1) of the meeting's proposals this user may put forward now, each with its link. */
    Map<Integer, String> proposableBy(Meeting meeting, PortalUser user) {
        Map<Integer, String> links = new LinkedHashMap<>();
        if (!meeting.status().minutesApproved() || !mayStartCommendation(user)) {
            return links;
        }
        Set<String> own = organizationGroups.actingFor(user.groupIds());
        for (int i = 0; i < meeting.commendations().size(); i++) {
            if (own.contains(meeting.commendations().get(i).organization())) {
                links.put(i + 1, "/processes/" + PROCESS_ID + "/start?prefill=" + PREFILL_PREFIX + meeting.id() + ":" + (i + 1));
            }
        }
        return links;
    }

    @Override
    public Optional<Map<String, Object>> values(String processKey, String reference, PortalUser user) {
        if (!PROCESS_ID.equals(processKey) || reference == null || !reference.startsWith(PREFILL_PREFIX)) {
            return Optional.empty();
        }
        String[] parts = reference.substring(PREFILL_PREFIX.length()).split(":");
        if (parts.length != 2 || !parts[1].matches("\\d{1,3}")) {
            return Optional.empty();
        }
        int position = Integer.parseInt(parts[1]);
        return meetings.find(parts[0]).filter(meeting -> proposableBy(meeting, user).containsKey(position))
                .map(meeting -> values(meeting, meeting.commendations().get(position - 1)));
    }

    private Map<String, Object> values(Meeting meeting, MeetingCommendation commendation) {
        String organizationName = organizations.find(commendation.organization())
                .map(organization -> organization.name(Locale.forLanguageTag("vi"))).orElse(commendation.organization());
        Map<String, Object> nominee = new LinkedHashMap<>();
        nominee.put("name", commendation.nominee());
        nominee.put("organizationName", organizationName);
        nominee.put("achievement", commendation.achievement());
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(RECORD_TITLE, "Đề nghị khen thưởng theo kết luận " + MeetingTitles.of(meeting).toLowerCase(Locale.forLanguageTag("vi"))
                + (meeting.minutesNumber() == null ? "" : " (biên bản số " + meeting.minutesNumber() + ")"));
        values.put(SOURCE, SOURCE_LIAISON_MEETING);
        values.put(PROPOSING_ORGANIZATION, commendation.organization());
        values.put(NOMINEES, new ArrayList<>(List.of(nominee)));
        return values;
    }

    private boolean mayStartCommendation(PortalUser user) {
        return startable.of(user).stream().anyMatch(definition -> PROCESS_ID.equals(definition.getKey()));
    }
}
