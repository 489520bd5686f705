package vn.phoihop.propaganda;

import static vn.phoihop.propaganda.PropagandaProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** {@code StartEvent_MaterialReceived} (end): the branch starts without a speaker asked for; its confirmation may set it. */
@Component
class OpenConfirmationListener implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        // the start event runs in the branch's subprocess scope: the flag the branch's gateway reads lives there
        execution.setVariableLocal(SPEAKER_REQUESTED, false);
    }
}
