package vn.phoihop.models.inspections;

import static vn.phoihop.models.inspections.ModelInspectionProcessVariables.ORGANIZATION;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_DirectLateSelection} (create): a selection past its deadline goes to the organisation's
 * leaders (the coordinating department of its side where it has none), and is marked escalated.
 */
@Component
class EscalateLateSelectionListener implements TaskListener {

    private final InspectionService service;

    EscalateLateSelectionListener(InspectionService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        String organization = (String) task.getVariable(ORGANIZATION);
        service.selectionEscalated(task.getProcessInstanceId(), organization);
        task.addCandidateGroup(service.escalationGroupOf(organization));
    }
}
