package vn.phoihop.reviews;

import static vn.phoihop.reviews.ProgramReviewProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_DirectLateReport} (complete): the leaders' instruction goes on the row; the report stays open. */
@Component
class LateReportDirectedListener implements TaskListener {

    private final ReviewService service;

    LateReportDirectedListener(ReviewService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        service.reportEscalationNoted(task.getProcessInstanceId(), (String) task.getVariable(ORGANIZATION),
                (String) task.getVariable(DIRECTION));
    }
}
