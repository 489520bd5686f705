package vn.phoihop.reviews;

import static vn.phoihop.reviews.ProgramReviewProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import vn.phoihop.security.EngineUser;
import org.springframework.stereotype.Component;

/** {@code Task_ConsolidateReview} (complete): the review report's assessment and conclusions; its figures come from the organisations' reports. */
@Component
class ReviewConsolidatedListener implements TaskListener {

    private final ReviewService service;
    private final EngineUser engineUser;

    ReviewConsolidatedListener(ReviewService service, EngineUser engineUser) {
        this.service = service;
        this.engineUser = engineUser;
    }

    @Override
    public void notify(DelegateTask task) {
        service.consolidated(task.getProcessInstanceId(), (String) task.getVariable(SUMMARY), (String) task.getVariable(CONCLUSIONS),
                engineUser.current().orElse(task.getAssignee()));
    }
}
