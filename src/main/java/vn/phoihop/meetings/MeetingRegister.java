package vn.phoihop.meetings;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meetings of a year as the register lists them, each with the figures the user may see: all
 * updates and actions for those who see meetings whole, an organisation's own otherwise (and only
 * the meetings it has a part in). A year holds a dozen or two meetings: they are read whole.
 */
@Service
@Transactional(readOnly = true)
class MeetingRegister {

    private final MeetingRepository meetings;

    MeetingRegister(MeetingRepository meetings) {
        this.meetings = meetings;
    }

    List<Row> year(int year, MeetingScope.Visible visible) {
        return meetings.findByYearOrderByMonthDescOpenedAtDesc(year).stream()
                .map(meeting -> Row.of(meeting, visible))
                .filter(row -> visible.whole() || row.updatesAsked() + row.actionsTotal() > 0)
                .toList();
    }

    /** One line of the register. */
    record Row(String id, String title, MeetingKind kind, int month, MeetingStatus status, LocalDate heldOn,
               String minutesNumber, int updatesAsked, int updatesSent, int actionsTotal, int actionsDone,
               List<MeetingAction> actions) {

        static Row of(Meeting meeting, MeetingScope.Visible visible) {
            List<MeetingUpdate> updates = visible.updatesOf(meeting);
            List<MeetingAction> actions = visible.actionsOf(meeting).stream()
                    .filter(action -> action.status() != ActionStatus.PLANNED).toList();
            return new Row(meeting.id(), MeetingTitles.of(meeting), meeting.kind(), meeting.month(), meeting.status(),
                    meeting.heldOn(), meeting.minutesNumber(), updates.size(),
                    (int) updates.stream().filter(update -> update.status() == UpdateStatus.SENT).count(),
                    actions.size(), (int) actions.stream().filter(action -> action.status() == ActionStatus.DONE).count(),
                    actions);
        }
    }
}
