package vn.phoihop.reviews;

import static vn.phoihop.reviews.ProgramReviewProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import vn.phoihop.security.EngineUser;
import vn.phoihop.forms.FormNumbers;
import vn.phoihop.forms.FormRows;
import org.springframework.stereotype.Component;

/** {@code Task_SubmitReviewReport} (complete): the organisation's results, figures, nominations and contribution go on its row. */
@Component
class ReviewReportSubmittedListener implements TaskListener {

    private final ReviewService service;
    private final EngineUser engineUser;

    ReviewReportSubmittedListener(ReviewService service, EngineUser engineUser) {
        this.service = service;
        this.engineUser = engineUser;
    }

    @Override
    public void notify(DelegateTask task) {
        Object files = task.getVariable(CONTRIBUTION);
        ReportFigures figures = new ReportFigures((String) task.getVariable(RESULTS),
                FormNumbers.integer(task.getVariable(MODELS_BUILT), "reviews.error.figure"),
                FormNumbers.integer(task.getVariable(PEOPLE_MOBILIZED), "reviews.error.figure"),
                FormNumbers.integer(task.getVariable(TIPS_RECEIVED), "reviews.error.figure"),
                FormRows.rows(task.getVariable(NOMINATIONS), "reviews.error.nomination",
                        row -> new Nomination(FormRows.text(row, "nominee"), FormRows.text(row, "achievement"))),
                files instanceof String ids && !ids.isBlank() ? ids : null);
        service.submitted(task.getProcessInstanceId(), (String) task.getVariable(ORGANIZATION), figures,
                engineUser.current().orElse(task.getAssignee()));
    }
}
