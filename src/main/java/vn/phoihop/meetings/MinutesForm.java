package vn.phoihop.meetings;

import static vn.phoihop.forms.FormRows.row;
import static vn.phoihop.forms.FormRows.rows;
import static vn.phoihop.forms.FormRows.text;

import static vn.phoihop.meetings.LiaisonMeetingProcessVariables.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import vn.phoihop.forms.FormDates;

/**
 * The minutes form's values as {@link Minutes}, and the meeting's minutes as the form's values for a
 * correction after a return. The rows of the dynamic lists are maps with the keys below; what
 * arrives through the REST API in another shape is refused with the form's message.
 */
final class MinutesForm {

    static final String ROW_ORGANIZATION = "organization";
    static final String ROW_NAME = "name";
    static final String ROW_JOB_TITLE = "jobTitle";
    static final String ROW_CONTENT = "content";
    static final String ROW_DUE_ON = "dueOn";
    static final String ROW_NOMINEE = "nominee";
    static final String ROW_ACHIEVEMENT = "achievement";

    private MinutesForm() {
    }

    static Minutes from(VariableScope task) {
        return new Minutes(FormDates.date(task.getVariable(HELD_ON), "meetings.error.heldOn"),
                (String) task.getVariable(PLACE), (String) task.getVariable(CHAIRED_BY),
                rows(task.getVariable(ATTENDEES), "meetings.error.attendees",
                        row -> new Minutes.Attendee(text(row, ROW_ORGANIZATION), text(row, ROW_NAME), text(row, ROW_JOB_TITLE))),
                (String) task.getVariable(ASSESSMENT), (String) task.getVariable(DIFFICULTIES),
                (String) task.getVariable(RESOLUTIONS), (String) task.getVariable(NEXT_PERIOD),
                rows(task.getVariable(ACTIONS), "meetings.error.action",
                        row -> new Minutes.Action(text(row, ROW_ORGANIZATION), text(row, ROW_CONTENT),
                                FormDates.date(row.get(ROW_DUE_ON), "meetings.error.action"))),
                rows(task.getVariable(COMMENDATIONS), "meetings.error.commendation",
                        row -> new Minutes.Commendation(text(row, ROW_ORGANIZATION), text(row, ROW_NOMINEE),
                                text(row, ROW_ACHIEVEMENT))));
    }

    /** The recorded minutes as the form shows them again, for the host to correct after a return. */
    static Map<String, Object> values(Meeting meeting) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (meeting.heldOn() == null) {
            return values;
        }
        values.put(HELD_ON, meeting.heldOn().toString());
        values.put(PLACE, meeting.place());
        values.put(CHAIRED_BY, meeting.chairedBy());
        values.put(ASSESSMENT, meeting.assessment());
        values.put(DIFFICULTIES, meeting.difficulties());
        values.put(RESOLUTIONS, meeting.resolutions());
        values.put(NEXT_PERIOD, meeting.nextPeriod());
        values.put(ATTENDEES, new ArrayList<>(meeting.attendees().stream().map(attendee -> row(
                ROW_ORGANIZATION, attendee.organization(), ROW_NAME, attendee.name(), ROW_JOB_TITLE, attendee.jobTitle())).toList()));
        values.put(ACTIONS, new ArrayList<>(meeting.actions().stream().map(action -> row(
                ROW_ORGANIZATION, action.organization(), ROW_CONTENT, action.content(), ROW_DUE_ON, action.dueOn().toString())).toList()));
        values.put(COMMENDATIONS, new ArrayList<>(meeting.commendations().stream().map(commendation -> row(
                ROW_ORGANIZATION, commendation.organization(), ROW_NOMINEE, commendation.nominee(),
                ROW_ACHIEVEMENT, commendation.achievement())).toList()));
        return values;
    }
}
