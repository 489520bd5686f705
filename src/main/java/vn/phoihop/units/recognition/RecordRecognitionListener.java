package vn.phoihop.units.recognition;

import static vn.phoihop.units.recognition.RecognitionProcessVariables.DOSSIER_DUE_AT;
import static vn.phoihop.units.recognition.RecognitionProcessVariables.RECOGNITION_ID;
import static vn.phoihop.units.recognition.RecognitionProcessVariables.RECORD_TITLE;
import static vn.phoihop.units.recognition.RecognitionProcessVariables.REGISTRATION_ID;
import static vn.phoihop.units.recognition.RecognitionProcessVariables.UNIT_CODE;
import static vn.phoihop.units.recognition.RecognitionProcessVariables.YEAR;

import java.time.Duration;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.units.UnitRegistry;

/**
 * {@code StartEvent_YearHandedOver} (end): opens the recognition of the registration that called
 * this instance. The caller is the engine's own link to the super instance, which a start through
 * the REST API does not have; the registration's id becomes the source of unit and year.
 */
@Component
class RecordRecognitionListener implements ExecutionListener {

    private final RecognitionService service;
    private final UnitRegistry units;
    private final RecognitionProperties properties;

    RecordRecognitionListener(RecognitionService service, UnitRegistry units, RecognitionProperties properties) {
        this.service = service;
        this.units = units;
        this.properties = properties;
    }

    @Override
    public void notify(DelegateExecution execution) {
        DelegateExecution caller = execution.getSuperExecution();
        Recognition recognition = service.opened(execution.getProcessInstanceId(),
                caller == null ? null : caller.getProcessInstanceId(), execution.getVariable(REGISTRATION_ID),
                execution.getVariable(UNIT_CODE), execution.getVariable(YEAR));
        execution.setProcessBusinessKey(recognition.id());
        execution.setVariable(RECOGNITION_ID, recognition.id());
        execution.setVariable(DOSSIER_DUE_AT, Date.from(ProvinceClock.now().plus(Duration.ofDays(properties.dossierDays()))));
        String unitName = units.find(recognition.unitCode()).orElseThrow().getName();
        execution.setVariable(RECORD_TITLE, "Công nhận \"An toàn về ANTT\" năm " + recognition.year() + ": " + unitName);
    }
}
