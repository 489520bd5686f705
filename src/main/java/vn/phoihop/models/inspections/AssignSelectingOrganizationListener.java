package vn.phoihop.models.inspections;

import static vn.phoihop.models.inspections.ModelInspectionProcessVariables.ORGANIZATION;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_SelectModel} (create): the branch's member organisation selects; its group, from our table. */
@Component
class AssignSelectingOrganizationListener implements TaskListener {

    private final InspectionService service;

    AssignSelectingOrganizationListener(InspectionService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        task.addCandidateGroup(service.groupOf((String) task.getVariable(ORGANIZATION)));
    }
}
