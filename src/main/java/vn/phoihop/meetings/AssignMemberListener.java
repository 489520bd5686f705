package vn.phoihop.meetings;

import static vn.phoihop.meetings.LiaisonMeetingProcessVariables.ORGANIZATION;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_SendMonthlyUpdate} (create): the branch's member organisation's group does it. */
@Component
class AssignMemberListener implements TaskListener {

    private final MeetingService service;

    AssignMemberListener(MeetingService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        task.addCandidateGroup(service.groupOf((String) task.getVariable(ORGANIZATION)));
    }
}
