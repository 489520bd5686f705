package vn.phoihop.reviews;

import static vn.phoihop.reviews.ProgramReviewProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_SubmitReviewReport} (create): the branch's member organisation reports; its group, from our table. */
@Component
class AssignReporterListener implements TaskListener {

    private final ReviewService service;

    AssignReporterListener(ReviewService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        task.addCandidateGroup(service.groupOf((String) task.getVariable(ORGANIZATION)));
    }
}
