package vn.phoihop.propaganda;

import static vn.phoihop.propaganda.PropagandaProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.security.EngineUser;
import org.springframework.stereotype.Component;

/** {@code StartEvent_MaterialCompiled} (end): PX05 (the user the engine acts for, on any door) compiles the material; its id is the business key. */
@Component
class RecordMaterialListener implements ExecutionListener {

    private final PropagandaService service;
    private final EngineUser engineUser;

    RecordMaterialListener(PropagandaService service, EngineUser engineUser) {
        this.service = service;
        this.engineUser = engineUser;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String user = engineUser.current().orElseThrow(() -> new SubmissionRuleException("propaganda.error.notAuthor"));
        Material material = service.compiled(execution.getProcessInstanceId(), (String) execution.getVariable(TITLE),
                execution.getVariable(TOPIC), (String) execution.getVariable(BODY), user);
        // the text lives in the record; the instance keeps its id and title
        execution.removeVariable(BODY);
        execution.removeVariable(TITLE);
        execution.removeVariable(TOPIC);
        execution.setProcessBusinessKey(material.id());
        execution.setVariable(MATERIAL_ID, material.id());
        execution.setVariable(RECORD_TITLE, MaterialTitles.of(material));
    }
}
