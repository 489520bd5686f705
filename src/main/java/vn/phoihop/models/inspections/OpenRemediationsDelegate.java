package vn.phoihop.models.inspections;

import static vn.phoihop.models.inspections.ModelInspectionProcessVariables.REMEDIATION_IDS;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_OpenRemediations}: each weakness of the announced result becomes a branch of the remediation. */
@Component
class OpenRemediationsDelegate implements JavaDelegate {

    private final InspectionService service;

    OpenRemediationsDelegate(InspectionService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(REMEDIATION_IDS, new ArrayList<>(service.of(execution.getProcessInstanceId()).remediations()
                .stream().map(Remediation::id).toList()));
    }
}
