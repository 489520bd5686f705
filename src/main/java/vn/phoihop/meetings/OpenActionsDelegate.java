package vn.phoihop.meetings;

import static vn.phoihop.meetings.LiaisonMeetingProcessVariables.ACTION_IDS;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_OpenActions}: each action of the approved minutes becomes a branch of the follow-up. */
@Component
class OpenActionsDelegate implements JavaDelegate {

    private final MeetingService service;

    OpenActionsDelegate(MeetingService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(ACTION_IDS, new ArrayList<>(service.of(execution.getProcessInstanceId()).actions().stream()
                .map(MeetingAction::id).toList()));
    }
}
