package vn.phoihop.meetings;

import static vn.phoihop.meetings.LiaisonMeetingProcessVariables.*;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.phoihop.portal.ProvinceClock;

/**
 * {@code StartEvent_ActionAssigned} (end): the branch's action's due time (the end of its due day)
 * and reminder time, local to the branch, for its task's due date and timers.
 */
@Component
class ScheduleActionListener implements ExecutionListener {

    private final MeetingService service;
    private final LiaisonMeetingSchedule schedule;

    ScheduleActionListener(MeetingService service, LiaisonMeetingSchedule schedule) {
        this.service = service;
        this.schedule = schedule;
    }

    @Override
    public void notify(DelegateExecution execution) {
        MeetingAction action = service.of(execution.getProcessInstanceId()).action((String) execution.getVariable(ACTION_ID));
        // the start event runs in the branch's subprocess scope: local here is local to the branch
        execution.setVariableLocal(ACTION_DUE_AT, Date.from(action.dueAt()));
        execution.setVariableLocal(ACTION_REMIND_AT, schedule.actionRemindAt(action.dueAt(), ProvinceClock.now()));
    }
}
