package vn.phoihop.meetings;

import static vn.phoihop.meetings.LiaisonMeetingProcessVariables.DIRECTION;
import static vn.phoihop.meetings.LiaisonMeetingProcessVariables.ORGANIZATION;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_DirectLateUpdate} (complete): the leaders' instruction goes on the organisation's row. */
@Component
class LateUpdateDirectedListener implements TaskListener {

    private final MeetingService service;

    LateUpdateDirectedListener(MeetingService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        service.updateEscalationNoted(task.getProcessInstanceId(), (String) task.getVariable(ORGANIZATION),
                (String) task.getVariable(DIRECTION));
    }
}
