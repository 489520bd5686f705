package vn.phoihop.models.inspections;

import static vn.phoihop.models.inspections.ModelInspectionProcessVariables.*;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** {@code StartEvent_RemediationAssigned} (end): the branch's due time (end of its due day) and reminder time, local to the branch. */
@Component
class ScheduleRemediationListener implements ExecutionListener {

    private final InspectionService service;

    ScheduleRemediationListener(InspectionService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Remediation remediation = service.of(execution.getProcessInstanceId()).remediation((String) execution.getVariable(REMEDIATION_ID));
        // the start event runs in the branch's subprocess scope: local here is local to the branch
        execution.setVariableLocal(REMEDIATION_DUE_AT, Date.from(remediation.dueAt()));
        execution.setVariableLocal(REMEDIATION_REMIND_AT, service.remediationRemindAt(remediation));
    }
}
