package vn.phoihop.meetings;

import static vn.phoihop.meetings.MeetingTexts.LONG;
import static vn.phoihop.meetings.MeetingTexts.MEDIUM;
import static vn.phoihop.meetings.MeetingTexts.SHORT;
import static vn.phoihop.forms.FormTexts.optional;
import static vn.phoihop.forms.FormTexts.required;

import java.time.LocalDate;
import java.util.List;

import vn.phoihop.forms.SubmissionRuleException;

/**
 * What the minutes of a liaison meeting say, as the host recorded them: when and where, who chaired
 * and who attended, the assessment, the difficulties and how they were resolved, what comes next,
 * the follow-up actions and the commendations proposed. Built from the minutes form; the rules
 * that need no other record are checked here.
 */
public record Minutes(LocalDate heldOn, String place, String chairedBy, List<Attendee> attendees, String assessment,
                      String difficulties, String resolutions, String nextPeriod, List<Action> actions,
                      List<Commendation> commendations) {

    /** The form's dynamic lists hold at most these rows, so that the largest submission stays within Tomcat's part limit. */
    static final int MAX_ATTENDEES = 50;
    static final int MAX_ACTIONS = 30;
    static final int MAX_COMMENDATIONS = 20;

    public Minutes {
        if (heldOn == null) {
            throw new SubmissionRuleException("meetings.error.heldOn");
        }
        place = required(place, SHORT, "meetings.error.place");
        chairedBy = required(chairedBy, SHORT, "meetings.error.chairedBy");
        attendees = List.copyOf(attendees == null ? List.of() : attendees);
        if (attendees.isEmpty() || attendees.size() > MAX_ATTENDEES) {
            throw new SubmissionRuleException("meetings.error.attendees");
        }
        assessment = required(assessment, LONG, "meetings.error.assessment");
        difficulties = optional(difficulties, LONG, "meetings.error.tooLong");
        resolutions = optional(resolutions, LONG, "meetings.error.tooLong");
        nextPeriod = required(nextPeriod, LONG, "meetings.error.nextPeriod");
        actions = List.copyOf(actions == null ? List.of() : actions);
        commendations = List.copyOf(commendations == null ? List.of() : commendations);
        if (actions.size() > MAX_ACTIONS || commendations.size() > MAX_COMMENDATIONS) {
            throw new SubmissionRuleException("meetings.error.tooManyRows");
        }
        for (Action action : actions) {
            if (action.dueOn().isBefore(heldOn)) {
                throw new SubmissionRuleException("meetings.error.actionDueOn");
            }
        }
    }

    public record Attendee(String organization, String name, String jobTitle) {
        public Attendee {
            organization = required(organization, SHORT, "meetings.error.attendees");
            name = required(name, SHORT, "meetings.error.attendees");
            jobTitle = optional(jobTitle, SHORT, "meetings.error.tooLong");
        }
    }

    public record Action(String organization, String content, LocalDate dueOn) {
        public Action {
            organization = required(organization, SHORT, "meetings.error.action");
            content = required(content, MEDIUM, "meetings.error.action");
            if (dueOn == null) {
                throw new SubmissionRuleException("meetings.error.action");
            }
        }
    }

    public record Commendation(String organization, String nominee, String achievement) {
        public Commendation {
            organization = required(organization, SHORT, "meetings.error.commendation");
            nominee = required(nominee, SHORT, "meetings.error.commendation");
            achievement = required(achievement, MEDIUM, "meetings.error.commendation");
        }
    }
}
