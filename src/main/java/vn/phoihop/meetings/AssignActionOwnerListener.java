package vn.phoihop.meetings;

import static vn.phoihop.meetings.LiaisonMeetingProcessVariables.ACTION_ID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_CarryOutAction} (create): the organisation the minutes name does it. */
@Component
class AssignActionOwnerListener implements TaskListener {

    private final MeetingService service;

    AssignActionOwnerListener(MeetingService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        MeetingAction action = service.of(task.getProcessInstanceId()).action((String) task.getVariable(ACTION_ID));
        task.addCandidateGroup(service.groupOf(action.organization()));
    }
}
