package vn.phoihop.reviews;

import static vn.phoihop.reviews.ProgramReviewProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import vn.phoihop.security.EngineUser;
import vn.phoihop.forms.FormDates;
import vn.phoihop.forms.FormNumbers;
import org.springframework.stereotype.Component;

/** {@code Task_RecordConference} (complete): the conference was held: its day, attendance and outcome. */
@Component
class ConferenceHeldListener implements TaskListener {

    private final ReviewService service;
    private final EngineUser engineUser;

    ConferenceHeldListener(ReviewService service, EngineUser engineUser) {
        this.service = service;
        this.engineUser = engineUser;
    }

    @Override
    public void notify(DelegateTask task) {
        service.held(task.getProcessInstanceId(), FormDates.date(task.getVariable(HELD_ON), "reviews.error.heldOn"),
                FormNumbers.integer(task.getVariable(ATTENDANCE), "reviews.error.figure"), (String) task.getVariable(OUTCOME),
                engineUser.current().orElse(task.getAssignee()));
    }
}
