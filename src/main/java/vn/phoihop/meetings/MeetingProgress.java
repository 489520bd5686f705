package vn.phoihop.meetings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.portal.ProvinceClock;

/**
 * The plan's targets for the liaison meetings in a year (III.1.5, for the dashboard): a meeting held
 * (minutes approved) every month; the member organisations' updates sent on time; the actions of
 * the minutes done by their due day.
 */
@Service
@Transactional(readOnly = true)
public class MeetingProgress {

    private final MeetingRepository meetings;

    MeetingProgress(MeetingRepository meetings) {
        this.meetings = meetings;
    }

    public Figures of(int year) {
        return of(year, organization -> true);
    }

    /** The year's figures with the updates and actions of the organisations that pass the filter only; meetings held are the province's. */
    public Figures of(int year, java.util.function.Predicate<String> organizations) {
        int[] held = new int[12];
        int asked = 0;
        int sent = 0;
        int onTime = 0;
        int actions = 0;
        int done = 0;
        int doneOnTime = 0;
        int overdue = 0;
        Instant now = ProvinceClock.now();
        for (Meeting meeting : meetings.findByYearOrderByMonthDescOpenedAtDesc(year)) {
            if (meeting.status().minutesApproved() && meeting.heldOn().getYear() == year) {
                held[meeting.heldOn().getMonthValue() - 1]++;
            }
            for (MeetingUpdate update : meeting.updates()) {
                if (!organizations.test(update.organization())) {
                    continue;
                }
                asked++;
                sent += update.status() == UpdateStatus.SENT ? 1 : 0;
                onTime += update.sentOnTime() ? 1 : 0;
            }
            for (MeetingAction action : meeting.actions()) {
                if (action.status() == ActionStatus.PLANNED || !organizations.test(action.organization())) {
                    continue;
                }
                actions++;
                done += action.status() == ActionStatus.DONE ? 1 : 0;
                doneOnTime += action.doneOnTime() ? 1 : 0;
                overdue += action.overdue(now) ? 1 : 0;
            }
        }
        List<Integer> months = new ArrayList<>();
        for (int count : held) {
            months.add(count);
        }
        return new Figures(year, months, asked, sent, onTime, actions, done, doneOnTime, overdue);
    }

    /**
     * @param heldPerMonth meetings whose approved minutes date from each month, January first
     */
    public record Figures(int year, List<Integer> heldPerMonth, int updatesAsked, int updatesSent, int updatesOnTime,
                          int actions, int actionsDone, int actionsDoneOnTime, int actionsOverdue) {

        /** Months of the year, up to the given one, with at least one meeting held. */
        public long monthsWithMeeting(int upToMonth) {
            return heldPerMonth.subList(0, Math.min(12, Math.max(0, upToMonth))).stream().filter(count -> count > 0).count();
        }
    }
}
