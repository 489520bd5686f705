package vn.phoihop.meetings;

import static vn.phoihop.meetings.LiaisonMeetingProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.phoihop.security.EngineUser;

/** {@code Task_SendMonthlyUpdate} (complete): the organisation's update goes on its own row of the meeting. */
@Component
class UpdateSentListener implements TaskListener {

    private final MeetingService service;
    private final EngineUser engineUser;

    UpdateSentListener(MeetingService service, EngineUser engineUser) {
        this.service = service;
        this.engineUser = engineUser;
    }

    @Override
    public void notify(DelegateTask task) {
        service.updateSent(task.getProcessInstanceId(), (String) task.getVariable(ORGANIZATION),
                (String) task.getVariable(UPDATE_RESULTS), (String) task.getVariable(UPDATE_DIFFICULTIES),
                (String) task.getVariable(UPDATE_PROPOSALS), engineUser.current().orElse(task.getAssignee()));
    }
}
