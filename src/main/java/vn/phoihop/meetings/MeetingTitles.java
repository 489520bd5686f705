package vn.phoihop.meetings;

import vn.phoihop.documents.VietnameseDates;
import vn.phoihop.portal.ProvinceClock;

/** The title the task list and the register show: the month of a monthly meeting, the day an ad-hoc one was called. */
final class MeetingTitles {

    private MeetingTitles() {
    }

    static String of(Meeting meeting) {
        if (meeting.kind() == MeetingKind.AD_HOC) {
            return "Giao ban phối hợp đột xuất " + VietnameseDates.date(meeting.openedAt().atZone(ProvinceClock.ZONE).toLocalDate());
        }
        return String.format("Giao ban phối hợp tháng %02d/%d", meeting.month(), meeting.year());
    }
}
