package vn.phoihop.reviews;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The review's figure for the dashboard and the reports (plan III.1.2): member organisations' reports received of those asked, in the latest review. */
@Service
@Transactional(readOnly = true)
public class ReviewProgress {

    private final ReviewService reviews;

    ReviewProgress(ReviewService reviews) {
        this.reviews = reviews;
    }

    public Figures latest() {
        return reviews.all().stream().findFirst()
                .map(review -> new Figures(review.id(), (int) review.reportsReceived(), review.reports().size(), review.status()))
                .orElse(new Figures(null, 0, 0, null));
    }

    /** @param reviewId null when no review was opened yet */
    public record Figures(String reviewId, int reportsReceived, int reportsAsked, ReviewStatus status) {
    }
}
