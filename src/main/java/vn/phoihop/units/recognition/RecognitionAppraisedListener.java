package vn.phoihop.units.recognition;

import static vn.phoihop.units.recognition.RecognitionProcessVariables.APPRAISAL_AGREE;
import static vn.phoihop.units.recognition.RecognitionProcessVariables.APPRAISAL_COMMENT;
import static vn.phoihop.units.recognition.RecognitionProcessVariables.APPRAISAL_OUTCOME;
import static vn.phoihop.units.recognition.RecognitionProcessVariables.APPRAISAL_RETURN;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.security.EngineUser;

/** {@code Task_AppraiseRecognition} (complete): PX05 agrees, or returns the assessment with a reason; the gateway reads the outcome. */
@Component
class RecognitionAppraisedListener implements TaskListener {

    private final RecognitionService service;
    private final EngineUser engineUser;

    RecognitionAppraisedListener(RecognitionService service, EngineUser engineUser) {
        this.service = service;
        this.engineUser = engineUser;
    }

    @Override
    public void notify(DelegateTask task) {
        Object outcome = task.getVariableLocal(APPRAISAL_OUTCOME);
        if (!APPRAISAL_AGREE.equals(outcome) && !APPRAISAL_RETURN.equals(outcome)) {
            throw new SubmissionRuleException("units.recognition.error.appraisalOutcome");
        }
        service.appraised(task.getProcessInstanceId(), APPRAISAL_AGREE.equals(outcome),
                (String) task.getVariableLocal(APPRAISAL_COMMENT), engineUser.current().orElse(task.getAssignee()));
        task.getExecution().setVariable(APPRAISAL_OUTCOME, outcome);
    }
}
