package vn.phoihop.reviews;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.documents.RecordIds;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.organizations.OrganizationGroups;
import vn.phoihop.portal.ProvinceClock;

/**
 * One method per step of {@code ProgramReviewProcess}: loads the review by its process instance,
 * applies the step and saves it. Who acts, and for which organisation, is checked here against our
 * organisation table and Camunda's identity store, never taken from a variable.
 */
@Service
@Transactional
public class ReviewService {

    static final String ID_PREFIX = "TK";
    /** Days before the reports' day when an organisation that has not reported is reminded. */
    static final int REMINDER_DAYS = 2;

    private final ProgramReviewRepository reviews;
    private final OrganizationGroups organizationGroups;
    private final RecordIds recordIds;

    ReviewService(ProgramReviewRepository reviews, OrganizationGroups organizationGroups, RecordIds recordIds) {
        this.reviews = reviews;
        this.organizationGroups = organizationGroups;
        this.recordIds = recordIds;
    }

    ProgramReview opened(String processInstanceId, String title, LocalDate reportsDueOn, String by) {
        requireCoordinator(by);
        return reviews.save(ProgramReview.open(recordIds.next(ID_PREFIX, ProvinceClock.today().getYear()), processInstanceId, title,
                reportsDueOn, by, ProvinceClock.now(), ProvinceClock.today(), organizationGroups.memberOrganizationsOn(ProvinceClock.today())));
    }

    void submitted(String processInstanceId, String organization, ReportFigures figures, String by) {
        if (!organizationGroups.isMember(by, organizationGroups.groupOf(organization))) {
            throw new SubmissionRuleException("reviews.error.notYourOrganization");
        }
        of(processInstanceId).submit(organization, figures, by, ProvinceClock.now());
    }

    void reportReminded(String processInstanceId, String organization) {
        of(processInstanceId).report(organization).chase().remind();
    }

    void reportEscalated(String processInstanceId, String organization) {
        of(processInstanceId).report(organization).chase().escalate();
    }

    void reportEscalationNoted(String processInstanceId, String organization, String instruction) {
        of(processInstanceId).report(organization).chase().noteEscalation(instruction, "reviews.error.instruction");
    }

    void consolidated(String processInstanceId, String summary, String conclusions, String by) {
        requireCoordinator(by);
        of(processInstanceId).consolidate(summary, conclusions, by);
    }

    void scheduled(String processInstanceId, LocalDate on, String place, List<String> invitees, String by) {
        requireCoordinator(by);
        for (String code : invitees) {
            organizationGroups.find(code).filter(found -> found.isValidOn(ProvinceClock.today()))
                    .orElseThrow(() -> new SubmissionRuleException("reviews.error.invitees"));
        }
        of(processInstanceId).schedule(on, place, invitees, ProvinceClock.today());
    }

    void held(String processInstanceId, LocalDate on, Integer attendance, String outcome, String by) {
        requireCoordinator(by);
        of(processInstanceId).held(on, attendance, outcome, ProvinceClock.today());
    }

    String groupOf(String organization) {
        return organizationGroups.groupOf(organization);
    }

    String escalationGroupOf(String organization) {
        return organizationGroups.escalationGroupOf(organization);
    }

    Date remindAt(ProgramReview review) {
        Instant remind = review.reportsDueAt().minus(Duration.ofDays(REMINDER_DAYS));
        Instant now = ProvinceClock.now();
        return Date.from(remind.isBefore(now) ? now : remind);
    }

    @Transactional(readOnly = true)
    public ProgramReview of(String processInstanceId) {
        return loaded(reviews.findByProcessInstanceId(processInstanceId)
                .orElseThrow(() -> new IllegalStateException("No programme review for instance " + processInstanceId)));
    }

    @Transactional(readOnly = true)
    public Optional<ProgramReview> findByInstance(String processInstanceId) {
        return reviews.findByProcessInstanceId(processInstanceId).map(ReviewService::loaded);
    }

    @Transactional(readOnly = true)
    public Optional<ProgramReview> find(String id) {
        return reviews.findById(id).map(ReviewService::loaded);
    }

    @Transactional(readOnly = true)
    public List<ProgramReview> all() {
        return reviews.findAllByOrderByOpenedAtDesc().stream().map(ReviewService::loaded).toList();
    }

    @SuppressWarnings("ResultOfMethodCallIgnored")
    private static ProgramReview loaded(ProgramReview review) {
        review.reports().forEach(report -> report.nominations().size());
        review.invitees().size();
        return review;
    }

    private void requireCoordinator(String user) {
        if (organizationGroups.coordinatorGroupOf(user).isEmpty()) {
            throw new SubmissionRuleException("reviews.error.notCoordinator");
        }
    }
}
