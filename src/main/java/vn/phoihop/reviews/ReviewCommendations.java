package vn.phoihop.reviews;

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

import org.springframework.stereotype.Component;
import vn.phoihop.organizations.OrganizationGroups;
import vn.phoihop.organizations.OrganizationTree;
import vn.phoihop.processes.StartFormPrefill;
import vn.phoihop.processes.StartableProcesses;
import vn.phoihop.security.PortalUser;

/**
 * The exemplary collectives and people an organisation nominated in its review report (plan
 * III.1.2): the organisation proposes each through {@code CommendationProcess}, whose start form
 * opens prefilled ({@code ?prefill=review:TK-2026-0001:ldld:1}) with the title, the source
 * "programme-review", the organisation and the nominee with the achievement, read from the review.
 */
@Component
class ReviewCommendations implements StartFormPrefill {

    static final String PREFILL_PREFIX = "review:";
    static final String SOURCE_PROGRAMME_REVIEW = "programme-review";

    private final ReviewService reviews;
    private final OrganizationGroups organizationGroups;
    private final OrganizationTree organizations;
    private final StartableProcesses startable;

    ReviewCommendations(ReviewService reviews, OrganizationGroups organizationGroups, OrganizationTree organizations,
                        StartableProcesses startable) {
        this.reviews = reviews;
        this.organizationGroups = organizationGroups;
        this.organizations = organizations;
        this.startable = startable;
    }

    /** The links of the nominations of this report the user may propose now, by position from 1. */
    Map<Integer, String> proposableBy(ProgramReview review, ReviewReport report, PortalUser user) {
        Map<Integer, String> links = new LinkedHashMap<>();
        if (report.status() != ReportStatus.SUBMITTED || !organizationGroups.actingFor(user.groupIds()).contains(report.organization())
                || startable.of(user).stream().noneMatch(definition -> PROCESS_ID.equals(definition.getKey()))) {
            return links;
        }
        for (int i = 1; i <= report.nominations().size(); i++) {
            links.put(i, "/processes/" + PROCESS_ID + "/start?prefill=" + PREFILL_PREFIX + review.id() + ":" + report.organization() + ":" + i);
        }
        return links;
    }

    @Override
    public Optional<Map<String, Object>> values(String processKey, String reference, PortalUser user) {
        if (!PROCESS_ID.equals(processKey) || reference == null || !reference.startsWith(PREFILL_PREFIX)) {
            return Optional.empty();
        }
        String[] parts = reference.substring(PREFILL_PREFIX.length()).split(":");
        if (parts.length != 3 || !parts[2].matches("\\d{1,3}")) {
            return Optional.empty();
        }
        int position = Integer.parseInt(parts[2]);
        return reviews.find(parts[0]).flatMap(review -> review.reports().stream().filter(report -> report.organization().equals(parts[1]))
                .findFirst().filter(report -> proposableBy(review, report, user).containsKey(position))
                .map(report -> values(review, report, report.nominations().get(position - 1))));
    }

    private Map<String, Object> values(ProgramReview review, ReviewReport report, Nomination nomination) {
        Map<String, Object> nominee = new LinkedHashMap<>();
        nominee.put("name", nomination.nominee());
        nominee.put("organizationName", organizations.find(report.organization())
                .map(organization -> organization.name(Locale.forLanguageTag("vi"))).orElse(report.organization()));
        nominee.put("achievement", nomination.achievement());
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(RECORD_TITLE, "Đề nghị khen thưởng tại " + review.title());
        values.put(SOURCE, SOURCE_PROGRAMME_REVIEW);
        values.put(PROPOSING_ORGANIZATION, report.organization());
        values.put(NOMINEES, new ArrayList<>(List.of(nominee)));
        return values;
    }
}
