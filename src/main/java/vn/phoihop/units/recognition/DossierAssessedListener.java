package vn.phoihop.units.recognition;

import static vn.phoihop.units.recognition.RecognitionProcessVariables.ASSESSED_SCORES;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.phoihop.security.EngineUser;

/** {@code Task_AssessDossier} (complete): the managing level's scores (a change with its reason) and the level they give. */
@Component
class DossierAssessedListener implements TaskListener {

    private final RecognitionService service;
    private final EngineUser engineUser;

    DossierAssessedListener(RecognitionService service, EngineUser engineUser) {
        this.service = service;
        this.engineUser = engineUser;
    }

    @Override
    public void notify(DelegateTask task) {
        service.assessed(task.getProcessInstanceId(), task.getVariableLocal(ASSESSED_SCORES),
                engineUser.current().orElse(task.getAssignee()));
    }
}
