package vn.phoihop.meetings;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_ApproveMinutes} (create): the side that did not record the minutes approves them. */
@Component
class AssignApproverListener implements TaskListener {

    private final MeetingService service;

    AssignApproverListener(MeetingService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        task.addCandidateGroup(service.approverGroup(service.of(task.getProcessInstanceId())));
    }
}
