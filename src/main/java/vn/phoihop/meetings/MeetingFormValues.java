package vn.phoihop.meetings;

import static vn.phoihop.meetings.LiaisonMeetingProcessVariables.*;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.phoihop.forms.RecordFormValues;
import vn.phoihop.organizations.OrganizationTree;

/**
 * What the meeting's forms show from the meeting: the minutes as recorded (for a correction after a
 * return, with the reason), the branch's action (what and by when), the subject of an overdue step.
 * Which action or organisation a branch is about comes from the branch's own variables, which the
 * engine set and no form declares.
 */
@Component
class MeetingFormValues implements RecordFormValues {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MeetingService meetings;
    private final OrganizationTree organizations;

    MeetingFormValues(MeetingService meetings, OrganizationTree organizations) {
        this.meetings = meetings;
        this.organizations = organizations;
    }

    @Override
    public Map<String, Object> values(String formId, String processInstanceId) {
        return values(formId, processInstanceId, Map.of());
    }

    @Override
    public Map<String, Object> values(String formId, String processInstanceId, Map<String, Object> stepVariables) {
        if (formId == null || !formId.startsWith("liaison-meeting-")) {
            return Map.of();
        }
        Meeting meeting = meetings.findByInstance(processInstanceId).orElse(null);
        if (meeting == null) {
            return Map.of();
        }
        Map<String, Object> values = new HashMap<>();
        switch (formId) {
            case "liaison-meeting-minutes" -> {
                values.putAll(MinutesForm.values(meeting));
                values.put(MINUTES_RETURN_REASON, meeting.returnReason());
            }
            case "liaison-meeting-action" -> action(meeting, stepVariables).ifPresent(action -> {
                values.put(ACTION_CONTENT, action.content());
                values.put(ACTION_DUE_ON, DAY.format(action.dueOn()));
            });
            case "liaison-meeting-overdue" -> values.put(OVERDUE_SUBJECT, overdueSubject(meeting, stepVariables));
            default -> {
            }
        }
        return values;
    }

    private String overdueSubject(Meeting meeting, Map<String, Object> stepVariables) {
        var action = action(meeting, stepVariables);
        if (action.isPresent()) {
            return name(action.get().organization()) + ": " + action.get().content() + " (hạn " + DAY.format(action.get().dueOn()) + ")";
        }
        Object organization = stepVariables.get(ORGANIZATION);
        return organization == null ? null : "Báo cáo giao ban của " + name(organization.toString());
    }

    private static java.util.Optional<MeetingAction> action(Meeting meeting, Map<String, Object> stepVariables) {
        Object actionId = stepVariables.get(ACTION_ID);
        return actionId == null ? java.util.Optional.empty()
                : meeting.actions().stream().filter(action -> action.id().equals(actionId)).findFirst();
    }

    private String name(String code) {
        return organizations.find(code).map(organization -> organization.name(LocaleContextHolder.getLocale())).orElse(code);
    }
}
