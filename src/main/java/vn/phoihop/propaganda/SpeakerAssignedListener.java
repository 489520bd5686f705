package vn.phoihop.propaganda;

import static vn.phoihop.propaganda.PropagandaProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import vn.phoihop.security.EngineUser;
import org.springframework.stereotype.Component;

/** {@code Task_AssignSpeaker} (complete): one of PX05's officers speaks. */
@Component
class SpeakerAssignedListener implements TaskListener {

    private final PropagandaService service;
    private final EngineUser engineUser;

    SpeakerAssignedListener(PropagandaService service, EngineUser engineUser) {
        this.service = service;
        this.engineUser = engineUser;
    }

    @Override
    public void notify(DelegateTask task) {
        service.speakerAssigned(task.getProcessInstanceId(), (String) task.getVariable(ORGANIZATION), (String) task.getVariable(SPEAKER),
                engineUser.current().orElse(task.getAssignee()));
    }
}
