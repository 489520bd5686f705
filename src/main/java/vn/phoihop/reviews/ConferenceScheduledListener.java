package vn.phoihop.reviews;

import static vn.phoihop.reviews.ProgramReviewProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import vn.phoihop.security.EngineUser;
import vn.phoihop.forms.FormDates;
import vn.phoihop.forms.FormRows;
import org.springframework.stereotype.Component;

/** {@code Task_ScheduleConference} (complete): the conference's day, place and invited organisations. */
@Component
class ConferenceScheduledListener implements TaskListener {

    private final ReviewService service;
    private final EngineUser engineUser;

    ConferenceScheduledListener(ReviewService service, EngineUser engineUser) {
        this.service = service;
        this.engineUser = engineUser;
    }

    @Override
    public void notify(DelegateTask task) {
        service.scheduled(task.getProcessInstanceId(), FormDates.date(task.getVariable(CONFERENCE_ON), "reviews.error.conferenceOn"),
                (String) task.getVariable(CONFERENCE_PLACE), FormRows.values(task.getVariable(INVITEES), "reviews.error.invitees"),
                engineUser.current().orElse(task.getAssignee()));
    }
}
