package vn.phoihop.meetings;

import static vn.phoihop.meetings.LiaisonMeetingProcessVariables.ACTION_ID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_DirectOverdueAction} (create): an action past its due day goes to its organisation's
 * leaders (the coordinating department of its side where it has none), and is marked escalated.
 */
@Component
class EscalateOverdueActionListener implements TaskListener {

    private final MeetingService service;

    EscalateOverdueActionListener(MeetingService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        String actionId = (String) task.getVariable(ACTION_ID);
        MeetingAction action = service.of(task.getProcessInstanceId()).action(actionId);
        service.actionEscalated(task.getProcessInstanceId(), actionId);
        task.addCandidateGroup(service.escalationGroupOf(action.organization()));
    }
}
