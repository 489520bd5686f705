package vn.phoihop.models.inspections;

import static vn.phoihop.models.inspections.ModelInspectionProcessVariables.SELECTED_ORGANIZATIONS;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_CloseSelections}: every selection is in or its time is over; the organisations that did
 * not select are noted, and those that did are the ones the team's findings run over.
 */
@Component
class CloseSelectionsDelegate implements JavaDelegate {

    private final InspectionService service;

    CloseSelectionsDelegate(InspectionService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.selectionsClosed(execution.getProcessInstanceId());
        execution.setVariable(SELECTED_ORGANIZATIONS,
                new ArrayList<>(service.of(execution.getProcessInstanceId()).selectedOrganizations()));
    }
}
