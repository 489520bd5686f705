package vn.phoihop.models.inspections;

import static vn.phoihop.models.inspections.ModelInspectionProcessVariables.ORGANIZATION;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.phoihop.security.EngineUser;

/** {@code Task_RecordFindings} (complete): the team's findings on the branch organisation's model; its weaknesses are planned. */
@Component
class FindingsRecordedListener implements TaskListener {

    private final InspectionService service;
    private final EngineUser engineUser;

    FindingsRecordedListener(InspectionService service, EngineUser engineUser) {
        this.service = service;
        this.engineUser = engineUser;
    }

    @Override
    public void notify(DelegateTask task) {
        service.findingsRecorded(task.getProcessInstanceId(), (String) task.getVariable(ORGANIZATION), TeamForm.findings(task),
                engineUser.current().orElse(task.getAssignee()));
    }
}
