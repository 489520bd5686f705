package vn.phoihop.meetings;

import java.util.List;
import java.util.Map;

/**
 * A meeting as one user may see it: the minutes when they are the meeting's record for the user,
 * and only the updates and actions of the organisations the user sees. The page and the task
 * summary show the same.
 */
public record MeetingView(Meeting meeting, String title, boolean minutesVisible, List<MeetingUpdate> updates,
                          List<MeetingAction> actions, boolean whole, Map<String, String> organizationNames) {

    static MeetingView of(Meeting meeting, MeetingScope.Visible visible, Map<String, String> organizationNames) {
        return new MeetingView(meeting, MeetingTitles.of(meeting), visible.seesMinutes(meeting), visible.updatesOf(meeting),
                visible.actionsOf(meeting), visible.whole(), organizationNames);
    }

    public String name(String organization) {
        return organizationNames.getOrDefault(organization, organization);
    }
}
