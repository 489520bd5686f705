package vn.phoihop.reviews;

import static vn.phoihop.reviews.ProgramReviewProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_DirectLateReport} (create): a report past its day goes to the organisation's leaders (or PTTG), marked escalated. */
@Component
class EscalateLateReportListener implements TaskListener {

    private final ReviewService service;

    EscalateLateReportListener(ReviewService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        String organization = (String) task.getVariable(ORGANIZATION);
        service.reportEscalated(task.getProcessInstanceId(), organization);
        task.addCandidateGroup(service.escalationGroupOf(organization));
    }
}
