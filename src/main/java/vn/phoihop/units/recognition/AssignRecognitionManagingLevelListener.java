package vn.phoihop.units.recognition;

import org.springframework.stereotype.Component;

/** {@code Task_AssessDossier} (create): the managing level the registration records. */
@Component
class AssignRecognitionManagingLevelListener extends AssignFromRecognition {

    AssignRecognitionManagingLevelListener(RecognitionService service) {
        super(service);
    }

    @Override
    String groupOf(Recognition recognition) {
        return service.managingGroup(recognition);
    }
}
