package vn.phoihop.units.recognition;

import org.springframework.stereotype.Component;

/** {@code Task_CompileDossier} (create): the people of the recognised unit. */
@Component
class AssignRecognitionUnitListener extends AssignFromRecognition {

    AssignRecognitionUnitListener(RecognitionService service) {
        super(service);
    }

    @Override
    String groupOf(Recognition recognition) {
        return service.unitGroup(recognition);
    }
}
