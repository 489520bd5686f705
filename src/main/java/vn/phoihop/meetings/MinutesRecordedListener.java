package vn.phoihop.meetings;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.phoihop.security.EngineUser;

/** {@code Task_RecordMinutes} (complete): the host's minutes, with their actions and proposals, go on the meeting. */
@Component
class MinutesRecordedListener implements TaskListener {

    private final MeetingService service;
    private final EngineUser engineUser;

    MinutesRecordedListener(MeetingService service, EngineUser engineUser) {
        this.service = service;
        this.engineUser = engineUser;
    }

    @Override
    public void notify(DelegateTask task) {
        service.minutesRecorded(task.getProcessInstanceId(), MinutesForm.from(task), engineUser.current().orElse(task.getAssignee()));
    }
}
