package vn.phoihop.reviews;

import java.util.Map;
import java.util.Optional;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.phoihop.instances.InstanceReaders;
import vn.phoihop.organizations.OrganizationTree;
import vn.phoihop.organizations.PlanReaders;
import vn.phoihop.security.PortalUser;
import vn.phoihop.tasks.RecordSummary;

/** Beside each task of a review: the reports the user may see, so those who consolidate have every organisation's in view. */
@Component
class ReviewTaskSummary implements RecordSummary, InstanceReaders {

    private final ReviewService reviews;
    private final PlanReaders readers;
    private final OrganizationTree organizations;

    ReviewTaskSummary(ReviewService reviews, PlanReaders readers, OrganizationTree organizations) {
        this.reviews = reviews;
        this.readers = readers;
        this.organizations = organizations;
    }

    @Override
    public String processDefinitionKey() {
        return ProgramReviewProcessVariables.PROCESS_ID;
    }

    @Override
    public String template() {
        return "reviews/summary";
    }

    @Override
    public Optional<Object> of(String processInstanceId) {
        PlanReaders.Reader reader = readers.of(PortalUser.current());
        return reviews.findByInstance(processInstanceId)
                .map(review -> ReviewView.of(review, reader, organizations.names(LocaleContextHolder.getLocale()), Map.of()));
    }

    @Override
    public boolean mayRead(PortalUser user, String processInstanceId) {
        return readers.of(user).whole() && reviews.findByInstance(processInstanceId).isPresent();
    }
}
