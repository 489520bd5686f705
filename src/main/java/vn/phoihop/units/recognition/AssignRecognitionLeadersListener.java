package vn.phoihop.units.recognition;

import org.springframework.stereotype.Component;

/** {@code Task_DecideRecognition} (create): the managing level's leaders ({@code <group>-leaders}). */
@Component
class AssignRecognitionLeadersListener extends AssignFromRecognition {

    AssignRecognitionLeadersListener(RecognitionService service) {
        super(service);
    }

    @Override
    String groupOf(Recognition recognition) {
        return service.leadersGroup(recognition);
    }
}
