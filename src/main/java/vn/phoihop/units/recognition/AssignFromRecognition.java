package vn.phoihop.units.recognition;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/** A task's candidate group, taken from the recognition's record (never from a variable). */
abstract class AssignFromRecognition implements TaskListener {

    protected final RecognitionService service;

    AssignFromRecognition(RecognitionService service) {
        this.service = service;
    }

    abstract String groupOf(Recognition recognition);

    @Override
    public void notify(DelegateTask task) {
        task.addCandidateGroup(groupOf(service.of(task.getProcessInstanceId())));
    }
}
