package vn.phoihop.meetings;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import vn.phoihop.organizations.PlanReaders;
import vn.phoihop.security.PortalUser;

/**
 * Who sees what of the liaison meetings: the hosts (PX05, PTTG), the two sides' leaders and the
 * administrators see every meeting whole; an organisation that takes part sees the approved minutes
 * and its own updates and actions, never another organisation's ({@link PlanReaders}).
 */
@Component
public class MeetingScope {

    private final PlanReaders readers;

    MeetingScope(PlanReaders readers) {
        this.readers = readers;
    }

    public Visible of(PortalUser user) {
        PlanReaders.Reader reader = readers.of(user);
        return new Visible(reader.whole(), reader.organizations());
    }

    /** The nav shows the register to those who see something of it. */
    public boolean visibleTo(PortalUser user) {
        return of(user).seesAnything();
    }

    /**
     * @param whole         every meeting with every update and action
     * @param organizations otherwise, the organisations whose own updates and actions the user sees
     */
    public record Visible(boolean whole, Set<String> organizations) {

        public boolean seesAnything() {
            return whole || !organizations.isEmpty();
        }

        public boolean sees(String organization) {
            return whole || organizations.contains(organization);
        }

        List<MeetingUpdate> updatesOf(Meeting meeting) {
            return meeting.updates().stream().filter(update -> sees(update.organization())).toList();
        }

        List<MeetingAction> actionsOf(Meeting meeting) {
            return meeting.actions().stream().filter(action -> sees(action.organization())).toList();
        }

        /** The minutes are the meeting's official record once approved; before that, only for those who see everything. */
        boolean seesMinutes(Meeting meeting) {
            return whole || meeting.status().minutesApproved();
        }
    }
}
