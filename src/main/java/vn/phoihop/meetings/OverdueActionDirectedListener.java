package vn.phoihop.meetings;

import static vn.phoihop.meetings.LiaisonMeetingProcessVariables.ACTION_ID;
import static vn.phoihop.meetings.LiaisonMeetingProcessVariables.DIRECTION;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_DirectOverdueAction} (complete): the leaders' instruction goes on the action. */
@Component
class OverdueActionDirectedListener implements TaskListener {

    private final MeetingService service;

    OverdueActionDirectedListener(MeetingService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        service.actionEscalationNoted(task.getProcessInstanceId(), (String) task.getVariable(ACTION_ID),
                (String) task.getVariable(DIRECTION));
    }
}
