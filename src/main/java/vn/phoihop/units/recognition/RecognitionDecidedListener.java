package vn.phoihop.units.recognition;

import static vn.phoihop.units.recognition.RecognitionProcessVariables.DECISION;
import static vn.phoihop.units.recognition.RecognitionProcessVariables.DECISION_NOTE;
import static vn.phoihop.units.recognition.RecognitionProcessVariables.DECISION_NOT_RECOGNISE;
import static vn.phoihop.units.recognition.RecognitionProcessVariables.DECISION_RECOGNISE;
import static vn.phoihop.units.recognition.RecognitionProcessVariables.RECOGNISED;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.security.EngineUser;

/** {@code Task_DecideRecognition} (complete): the leader recognises the unit or not; a unit below the lowest level cannot be. */
@Component
class RecognitionDecidedListener implements TaskListener {

    private final RecognitionService service;
    private final EngineUser engineUser;

    RecognitionDecidedListener(RecognitionService service, EngineUser engineUser) {
        this.service = service;
        this.engineUser = engineUser;
    }

    @Override
    public void notify(DelegateTask task) {
        Object decision = task.getVariableLocal(DECISION);
        if (!DECISION_RECOGNISE.equals(decision) && !DECISION_NOT_RECOGNISE.equals(decision)) {
            throw new SubmissionRuleException("units.recognition.error.decision");
        }
        boolean recognise = DECISION_RECOGNISE.equals(decision);
        service.decided(task.getProcessInstanceId(), recognise, (String) task.getVariableLocal(DECISION_NOTE),
                engineUser.current().orElse(task.getAssignee()));
        task.getExecution().setVariable(RECOGNISED, recognise);
    }
}
