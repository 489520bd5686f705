package vn.phoihop.meetings;

import static vn.phoihop.meetings.LiaisonMeetingProcessVariables.ORGANIZATION;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_DirectLateUpdate} (create): the late organisation's leaders (PTTG where the
 * organisation has no leaders' group) are asked to see to it, and the row is marked escalated.
 */
@Component
class EscalateLateUpdateListener implements TaskListener {

    private final MeetingService service;

    EscalateLateUpdateListener(MeetingService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        String organization = (String) task.getVariable(ORGANIZATION);
        service.updateEscalated(task.getProcessInstanceId(), organization);
        task.addCandidateGroup(service.escalationGroupOf(organization));
    }
}
