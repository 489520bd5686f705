package vn.phoihop.meetings;

import static vn.phoihop.meetings.LiaisonMeetingProcessVariables.ACTION_ID;
import static vn.phoihop.meetings.LiaisonMeetingProcessVariables.ACTION_REPORT;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.phoihop.security.EngineUser;

/** {@code Task_CarryOutAction} (complete): the organisation's report closes its action. */
@Component
class ActionDoneListener implements TaskListener {

    private final MeetingService service;
    private final EngineUser engineUser;

    ActionDoneListener(MeetingService service, EngineUser engineUser) {
        this.service = service;
        this.engineUser = engineUser;
    }

    @Override
    public void notify(DelegateTask task) {
        service.actionDone(task.getProcessInstanceId(), (String) task.getVariable(ACTION_ID),
                (String) task.getVariable(ACTION_REPORT), engineUser.current().orElse(task.getAssignee()));
    }
}
