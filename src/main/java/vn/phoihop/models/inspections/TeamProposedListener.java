package vn.phoihop.models.inspections;

import static vn.phoihop.models.inspections.ModelInspectionProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.phoihop.forms.FormDates;
import vn.phoihop.security.EngineUser;

/** {@code Task_ProposeTeam} (complete): PX05's or PTTG's proposal of the working team and its days. */
@Component
class TeamProposedListener implements TaskListener {

    private final InspectionService service;
    private final EngineUser engineUser;

    TeamProposedListener(InspectionService service, EngineUser engineUser) {
        this.service = service;
        this.engineUser = engineUser;
    }

    @Override
    public void notify(DelegateTask task) {
        service.teamProposed(task.getProcessInstanceId(), TeamForm.members(task),
                FormDates.date(task.getVariable(INSPECT_FROM), "models.inspections.error.period"),
                FormDates.date(task.getVariable(INSPECT_TO), "models.inspections.error.period"),
                (String) task.getVariable(TEAM_NOTE), engineUser.current().orElse(task.getAssignee()));
    }
}
