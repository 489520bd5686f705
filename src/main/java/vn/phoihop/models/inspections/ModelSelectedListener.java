package vn.phoihop.models.inspections;

import static vn.phoihop.models.inspections.ModelInspectionProcessVariables.MODEL_ID;
import static vn.phoihop.models.inspections.ModelInspectionProcessVariables.ORGANIZATION;
import static vn.phoihop.models.inspections.ModelInspectionProcessVariables.SELECTION_NOTE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.phoihop.security.EngineUser;

/** {@code Task_SelectModel} (complete): the organisation's own active model goes on its row. */
@Component
class ModelSelectedListener implements TaskListener {

    private final InspectionService service;
    private final EngineUser engineUser;

    ModelSelectedListener(InspectionService service, EngineUser engineUser) {
        this.service = service;
        this.engineUser = engineUser;
    }

    @Override
    public void notify(DelegateTask task) {
        service.selected(task.getProcessInstanceId(), (String) task.getVariable(ORGANIZATION), task.getVariable(MODEL_ID),
                (String) task.getVariable(SELECTION_NOTE), engineUser.current().orElse(task.getAssignee()));
    }
}
