package vn.phoihop.propaganda;

import static vn.phoihop.propaganda.PropagandaProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import vn.phoihop.security.EngineUser;
import org.springframework.stereotype.Component;

/** {@code Task_ReviseMaterial} (complete): PX05's revised text goes back to the leader. */
@Component
class MaterialRevisedListener implements TaskListener {

    private final PropagandaService service;
    private final EngineUser engineUser;

    MaterialRevisedListener(PropagandaService service, EngineUser engineUser) {
        this.service = service;
        this.engineUser = engineUser;
    }

    @Override
    public void notify(DelegateTask task) {
        service.revised(task.getProcessInstanceId(), (String) task.getVariable(TITLE), task.getVariable(TOPIC),
                (String) task.getVariable(BODY), engineUser.current().orElse(task.getAssignee()));
    }
}
