package vn.phoihop.meetings;

import java.util.Optional;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.phoihop.instances.InstanceReaders;
import vn.phoihop.organizations.OrganizationTree;
import vn.phoihop.security.PortalUser;
import vn.phoihop.tasks.RecordSummary;

/**
 * Beside each task of a meeting: the minutes so far and the members' updates, so that whoever
 * records or approves the minutes has every organisation's update in view. A member organisation's
 * officer sees the meeting with its own update and actions only. Those who see meetings whole may
 * read the instance.
 */
@Component
class MeetingTaskSummary implements RecordSummary, InstanceReaders {

    private final MeetingService meetings;
    private final MeetingScope scope;
    private final OrganizationTree organizations;

    MeetingTaskSummary(MeetingService meetings, MeetingScope scope, OrganizationTree organizations) {
        this.meetings = meetings;
        this.scope = scope;
        this.organizations = organizations;
    }

    @Override
    public String processDefinitionKey() {
        return LiaisonMeetingProcessVariables.PROCESS_ID;
    }

    @Override
    public String template() {
        return "meetings/summary";
    }

    @Override
    public Optional<Object> of(String processInstanceId) {
        MeetingScope.Visible visible = scope.of(PortalUser.current());
        return meetings.findByInstance(processInstanceId)
                .map(meeting -> MeetingView.of(meeting, visible, organizations.names(LocaleContextHolder.getLocale())));
    }

    @Override
    public boolean mayRead(PortalUser user, String processInstanceId) {
        return scope.of(user).whole() && meetings.findByInstance(processInstanceId).isPresent();
    }
}
