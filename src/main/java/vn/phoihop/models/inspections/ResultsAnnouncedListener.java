package vn.phoihop.models.inspections;

import static vn.phoihop.models.inspections.ModelInspectionProcessVariables.ANNOUNCEMENT;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.phoihop.security.EngineUser;

/** {@code Task_AnnounceResults} (complete): the result is published for every model and its sponsors are told. */
@Component
class ResultsAnnouncedListener implements TaskListener {

    private final InspectionService service;
    private final EngineUser engineUser;

    ResultsAnnouncedListener(InspectionService service, EngineUser engineUser) {
        this.service = service;
        this.engineUser = engineUser;
    }

    @Override
    public void notify(DelegateTask task) {
        service.announced(task.getProcessInstanceId(), (String) task.getVariable(ANNOUNCEMENT),
                engineUser.current().orElse(task.getAssignee()));
    }
}
