package vn.phoihop.propaganda;

import static vn.phoihop.propaganda.PropagandaProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import vn.phoihop.security.EngineUser;
import vn.phoihop.forms.FormDates;
import vn.phoihop.forms.FormNumbers;
import org.springframework.stereotype.Component;

/** {@code Task_RecordTalk} (complete): the talk was held, with its attendance. */
@Component
class TalkRecordedListener implements TaskListener {

    private final PropagandaService service;
    private final EngineUser engineUser;

    TalkRecordedListener(PropagandaService service, EngineUser engineUser) {
        this.service = service;
        this.engineUser = engineUser;
    }

    @Override
    public void notify(DelegateTask task) {
        service.talkRecorded(task.getProcessInstanceId(), (String) task.getVariable(ORGANIZATION),
                FormDates.date(task.getVariable(TALK_HELD_ON), "propaganda.error.talkHeldOn"),
                FormNumbers.integer(task.getVariable(ATTENDANCE), "propaganda.error.attendance"),
                (String) task.getVariable(TALK_REPORT), engineUser.current().orElse(task.getAssignee()));
    }
}
