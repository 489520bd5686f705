package vn.phoihop.reviews;

import static vn.phoihop.reviews.ProgramReviewProcessVariables.ORGANIZATION;
import static vn.phoihop.reviews.ProgramReviewProcessVariables.OVERDUE_SUBJECT;

import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.phoihop.forms.RecordFormValues;
import vn.phoihop.organizations.OrganizationTree;

/** What the review's overdue form shows: whose report is late and since when. The branch's organisation is the engine's variable. */
@Component
class ReviewFormValues implements RecordFormValues {

    private final ReviewService reviews;
    private final OrganizationTree organizations;

    ReviewFormValues(ReviewService reviews, OrganizationTree organizations) {
        this.reviews = reviews;
        this.organizations = organizations;
    }

    @Override
    public Map<String, Object> values(String formId, String processInstanceId) {
        return values(formId, processInstanceId, Map.of());
    }

    @Override
    public Map<String, Object> values(String formId, String processInstanceId, Map<String, Object> stepVariables) {
        Object organization = stepVariables.get(ORGANIZATION);
        if (!"program-review-overdue".equals(formId) || organization == null) {
            return Map.of();
        }
        return reviews.findByInstance(processInstanceId).<Map<String, Object>>map(review -> Map.of(OVERDUE_SUBJECT,
                "Báo cáo tổng kết của " + organizations.find(organization.toString())
                        .map(found -> found.name(LocaleContextHolder.getLocale())).orElse(organization.toString())
                        + " (hạn " + DateTimeFormatter.ofPattern("dd/MM/yyyy").format(review.reportsDueOn()) + ")")).orElse(Map.of());
    }
}
