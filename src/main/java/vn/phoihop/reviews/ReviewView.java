package vn.phoihop.reviews;

import java.util.List;
import java.util.Map;

import vn.phoihop.organizations.PlanReaders;

/**
 * A review as one user may see it: those who read the plan whole see every organisation's report;
 * a member organisation its own, with the links that propose its nominations for a commendation.
 */
public record ReviewView(ProgramReview review, boolean whole, List<ReviewReport> reports, Map<String, String> organizationNames,
                         Map<String, Map<Integer, String>> proposable) {

    static ReviewView of(ProgramReview review, PlanReaders.Reader reader, Map<String, String> names,
                         Map<String, Map<Integer, String>> proposable) {
        return new ReviewView(review, reader.whole(), review.reports().stream().filter(report -> reader.sees(report.organization())).toList(),
                names, proposable);
    }

    public String title() {
        return review.title() + " (" + review.id() + ")";
    }

    public String organizationName(String code) {
        return organizationNames.getOrDefault(code, code);
    }

    /** The link proposing the report's nomination at the position (from 1), or null. */
    public String proposeLink(ReviewReport report, int position) {
        return proposable.getOrDefault(report.organization(), Map.of()).get(position);
    }
}
