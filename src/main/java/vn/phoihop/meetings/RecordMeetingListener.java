package vn.phoihop.meetings;

import static vn.phoihop.meetings.LiaisonMeetingProcessVariables.*;

import java.util.ArrayList;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.security.EngineUser;

/**
 * {@code StartEvent_MeetingCalled} (end): opens the meeting. Called by the monthly timer's process
 * ({@code LiaisonMeetingScheduleProcess}), it is the month's meeting and belongs to the plan's two
 * coordinating departments; started by a person (on any door), it is an ad-hoc meeting, which only
 * PX05 or PTTG may call. Which one it is follows from how the instance was started, never from a
 * variable. The meeting's id becomes the business key; the member organisations in force, read from
 * our table, are the list the updates' multi-instance runs over.
 */
@Component
class RecordMeetingListener implements ExecutionListener {

    private final MeetingService service;
    private final EngineUser engineUser;
    private final LiaisonMeetingSchedule schedule;

    RecordMeetingListener(MeetingService service, EngineUser engineUser, LiaisonMeetingSchedule schedule) {
        this.service = service;
        this.engineUser = engineUser;
        this.schedule = schedule;
    }

    @Override
    public void notify(DelegateExecution execution) {
        boolean monthly = execution.getProcessInstance().getSuperExecution() != null;
        Meeting meeting;
        if (!monthly) {
            String user = engineUser.current().orElseThrow(() -> new SubmissionRuleException("meetings.error.notHost"));
            meeting = service.opened(execution.getProcessInstanceId(), MeetingKind.AD_HOC,
                    (String) execution.getVariable(MEETING_REASON), user);
            execution.removeVariable(MEETING_REASON);
        } else {
            meeting = service.opened(execution.getProcessInstanceId(), MeetingKind.MONTHLY, null, null);
            execution.removeVariable(MEETING_REASON);
        }
        execution.setProcessBusinessKey(meeting.id());
        execution.setVariable(MEETING_ID, meeting.id());
        execution.setVariable(MEMBER_ORGANIZATIONS,
                new ArrayList<>(meeting.updates().stream().map(MeetingUpdate::organization).toList()));
        Date openedAt = Date.from(meeting.openedAt());
        execution.setVariable(UPDATES_DUE_AT, Date.from(meeting.updatesDueAt()));
        execution.setVariable(UPDATES_REMIND_AT, schedule.updatesRemindAt(openedAt));
        execution.setVariable(UPDATES_CLOSE_AT, schedule.updatesCloseAt(openedAt));
        execution.setVariable(RECORD_TITLE, MeetingTitles.of(meeting));
    }
}
