package vn.phoihop.reviews;

import static vn.phoihop.reviews.ProgramReviewProcessVariables.*;

import java.util.ArrayList;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import vn.phoihop.forms.FormDates;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.security.EngineUser;
import org.springframework.stereotype.Component;

/** {@code StartEvent_ReviewOpened} (end): PX05 or PTTG (the user the engine acts for) opens the review; every member organisation in force is asked to report. */
@Component
class RecordReviewListener implements ExecutionListener {

    private final ReviewService service;
    private final EngineUser engineUser;

    RecordReviewListener(ReviewService service, EngineUser engineUser) {
        this.service = service;
        this.engineUser = engineUser;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String user = engineUser.current().orElseThrow(() -> new SubmissionRuleException("reviews.error.notCoordinator"));
        ProgramReview review = service.opened(execution.getProcessInstanceId(), (String) execution.getVariable(TITLE),
                FormDates.date(execution.getVariable(REPORTS_DUE_ON), "reviews.error.dueOn"), user);
        execution.setProcessBusinessKey(review.id());
        execution.setVariable(REVIEW_ID, review.id());
        execution.setVariable(MEMBER_ORGANIZATIONS, new ArrayList<>(review.reports().stream().map(ReviewReport::organization).toList()));
        execution.setVariable(REPORT_DUE_AT, Date.from(review.reportsDueAt()));
        execution.setVariable(REPORT_REMIND_AT, service.remindAt(review));
        execution.setVariable(RECORD_TITLE, review.title() + " (" + review.id() + ")");
    }
}
