package vn.phoihop.units.recognition;

import static vn.phoihop.units.recognition.RecognitionProcessVariables.FOLLOW_UP_NOTE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_FollowUpOverdueDossier} (complete): what the managing level did about the late dossier. */
@Component
class OverdueDossierFollowedUpListener implements TaskListener {

    private final RecognitionService service;

    OverdueDossierFollowedUpListener(RecognitionService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        service.followedUp(task.getProcessInstanceId(), (String) task.getVariableLocal(FOLLOW_UP_NOTE));
    }
}
