package vn.phoihop.units.recognition;

import static vn.phoihop.units.recognition.RecognitionProcessVariables.DOSSIER_NOTE;
import static vn.phoihop.units.recognition.RecognitionProcessVariables.GROUP_SCORES;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.phoihop.security.EngineUser;

/** {@code Task_CompileDossier} (complete): the unit's self-score per criterion group goes on the recognition. */
@Component
class DossierCompiledListener implements TaskListener {

    private final RecognitionService service;
    private final EngineUser engineUser;

    DossierCompiledListener(RecognitionService service, EngineUser engineUser) {
        this.service = service;
        this.engineUser = engineUser;
    }

    @Override
    public void notify(DelegateTask task) {
        service.dossierCompiled(task.getProcessInstanceId(), task.getVariableLocal(GROUP_SCORES),
                (String) task.getVariableLocal(DOSSIER_NOTE), engineUser.current().orElse(task.getAssignee()));
    }
}
