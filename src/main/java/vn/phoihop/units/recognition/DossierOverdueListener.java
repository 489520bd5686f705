package vn.phoihop.units.recognition;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** {@code Task_FollowUpOverdueDossier} (create): the dossier is late; its managing level follows it up. */
@Component
class DossierOverdueListener extends AssignRecognitionManagingLevelListener {

    DossierOverdueListener(RecognitionService service) {
        super(service);
    }

    @Override
    public void notify(DelegateTask task) {
        service.dossierOverdue(task.getProcessInstanceId());
        super.notify(task);
    }
}
