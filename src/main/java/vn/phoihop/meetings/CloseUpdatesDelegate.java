package vn.phoihop.meetings;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_CloseUpdates}: the minutes are taken up; an update not sent by now is missed. */
@Component
class CloseUpdatesDelegate implements JavaDelegate {

    private final MeetingService service;

    CloseUpdatesDelegate(MeetingService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.updatesClosed(execution.getProcessInstanceId());
    }
}
