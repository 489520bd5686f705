package vn.phoihop.models.inspections;

import static vn.phoihop.models.inspections.ModelInspectionProcessVariables.DIRECTION;
import static vn.phoihop.models.inspections.ModelInspectionProcessVariables.ORGANIZATION;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_DirectLateSelection} (complete): the leaders' instruction goes on the selection; it stays open until the selection closes. */
@Component
class LateSelectionDirectedListener implements TaskListener {

    private final InspectionService service;

    LateSelectionDirectedListener(InspectionService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        service.selectionEscalationNoted(task.getProcessInstanceId(), (String) task.getVariable(ORGANIZATION),
                (String) task.getVariable(DIRECTION));
    }
}
