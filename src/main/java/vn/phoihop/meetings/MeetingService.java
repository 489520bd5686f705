package vn.phoihop.meetings;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.documents.DocumentNumbers;
import vn.phoihop.documents.RecordIds;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.organizations.OrganizationGroups;
import vn.phoihop.portal.ProvinceClock;

/**
 * One method per step of {@code LiaisonMeetingProcess}: loads the meeting by its process instance,
 * applies the step and saves it. Who acts, and for which side or organisation, is checked here against
 * our organisation table and Camunda's identity store, never taken from a variable.
 */
@Service
@Transactional
public class MeetingService {

    static final String ID_PREFIX = "GB";
    /** Decree 30's abbreviation of a biên bản (minutes). */
    static final String MINUTES_TYPE = "BB";

    private final MeetingRepository meetings;
    private final OrganizationGroups organizationGroups;
    private final RecordIds recordIds;
    private final DocumentNumbers documentNumbers;
    private final LiaisonMeetingSchedule schedule;

    MeetingService(MeetingRepository meetings, OrganizationGroups organizationGroups, RecordIds recordIds,
                   DocumentNumbers documentNumbers, LiaisonMeetingSchedule schedule) {
        this.meetings = meetings;
        this.organizationGroups = organizationGroups;
        this.recordIds = recordIds;
        this.documentNumbers = documentNumbers;
        this.schedule = schedule;
    }

    /**
     * Opens the month's meeting (the timer: no user) or an ad-hoc one (PX05 or PTTG, with the reason).
     * Every member organisation in force today is asked for its update.
     */
    Meeting opened(String processInstanceId, MeetingKind kind, String reason, String openedBy) {
        if (kind == MeetingKind.AD_HOC && hostGroupOf(openedBy).isEmpty()) {
            throw new SubmissionRuleException("meetings.error.notHost");
        }
        Instant now = ProvinceClock.now();
        Date dueAt = schedule.updatesDueAt(Date.from(now));
        int year = now.atZone(ProvinceClock.ZONE).getYear();
        List<String> members = organizationGroups.memberOrganizationsOn(ProvinceClock.today());
        return meetings.save(Meeting.open(recordIds.next(ID_PREFIX, year), processInstanceId, kind, reason, openedBy,
                now, dueAt.toInstant(), members));
    }

    void updateSent(String processInstanceId, String organization, String results, String difficulties, String proposals,
                    String by) {
        if (!organizationGroups.isMember(by, organizationGroups.groupOf(organization))) {
            throw new SubmissionRuleException("meetings.error.notYourOrganization");
        }
        of(processInstanceId).updateSent(organization, results, difficulties, proposals, by, ProvinceClock.now());
    }

    void updateReminded(String processInstanceId, String organization) {
        of(processInstanceId).updateReminded(organization);
    }

    void updateEscalated(String processInstanceId, String organization) {
        of(processInstanceId).updateEscalated(organization);
    }

    void updateEscalationNoted(String processInstanceId, String organization, String instruction) {
        of(processInstanceId).updateEscalationNoted(organization, instruction);
    }

    void updatesClosed(String processInstanceId) {
        of(processInstanceId).closeUpdates();
    }

    /** Every organisation the minutes name must be one the product knows and can give a task to. */
    void minutesRecorded(String processInstanceId, Minutes minutes, String by) {
        String group = hostGroupOf(by).orElseThrow(() -> new SubmissionRuleException("meetings.error.notHost"));
        for (Minutes.Action action : minutes.actions()) {
            requireActingOrganization(action.organization());
        }
        for (Minutes.Commendation commendation : minutes.commendations()) {
            requireActingOrganization(commendation.organization());
        }
        for (Minutes.Attendee attendee : minutes.attendees()) {
            organizationGroups.find(attendee.organization())
                    .orElseThrow(() -> new SubmissionRuleException("meetings.error.unknownOrganization"));
        }
        of(processInstanceId).recordMinutes(minutes, by, group, ProvinceClock.today());
    }

    /** Approved minutes get their number in the joint register of the two sides, in the year they were held. */
    void minutesApproved(String processInstanceId, String by) {
        of(processInstanceId).approveMinutes(by, hostGroupOf(by).orElse(null), ProvinceClock.now(),
                heldOn -> documentNumbers.next(schedule.minutesIssuer(), heldOn.getYear()).symbol(MINUTES_TYPE));
    }

    void minutesReturned(String processInstanceId, String reason, String by) {
        of(processInstanceId).returnMinutes(reason, hostGroupOf(by).orElse(null));
    }

    void actionDone(String processInstanceId, String actionId, String report, String by) {
        Meeting meeting = of(processInstanceId);
        if (!organizationGroups.isMember(by, organizationGroups.groupOf(meeting.action(actionId).organization()))) {
            throw new SubmissionRuleException("meetings.error.notYourOrganization");
        }
        meeting.actionDone(actionId, report, by, ProvinceClock.now());
    }

    void actionReminded(String processInstanceId, String actionId) {
        of(processInstanceId).actionReminded(actionId);
    }

    void actionEscalated(String processInstanceId, String actionId) {
        of(processInstanceId).actionEscalated(actionId);
    }

    void actionEscalationNoted(String processInstanceId, String actionId, String instruction) {
        of(processInstanceId).actionEscalationNoted(actionId, instruction);
    }

    /** The group that approves the minutes: the other side's coordinating department. */
    String approverGroup(Meeting meeting) {
        return meeting.approverGroup(organizationGroups.coordinatorGroup(false), organizationGroups.coordinatorGroup(true));
    }

    String groupOf(String organization) {
        return organizationGroups.groupOf(organization);
    }

    String escalationGroupOf(String organization) {
        return organizationGroups.escalationGroupOf(organization);
    }

    /** With its updates, actions, attendees and proposals: pages and listeners read them after this transaction. */
    @Transactional(readOnly = true)
    public Meeting of(String processInstanceId) {
        return loaded(meetings.findByProcessInstanceId(processInstanceId)
                .orElseThrow(() -> new IllegalStateException("No liaison meeting for instance " + processInstanceId)));
    }

    /** The same, empty when the instance is not a meeting's (another process's form asks every feature). */
    @Transactional(readOnly = true)
    public Optional<Meeting> findByInstance(String processInstanceId) {
        return meetings.findByProcessInstanceId(processInstanceId).map(MeetingService::loaded);
    }

    @Transactional(readOnly = true)
    public Optional<Meeting> find(String id) {
        return meetings.findById(id).map(MeetingService::loaded);
    }

    // Four collections of a handful of rows each: one query apiece beats the cartesian product of a fetch join.
    @SuppressWarnings("ResultOfMethodCallIgnored")
    private static Meeting loaded(Meeting meeting) {
        meeting.updates().size();
        meeting.actions().size();
        meeting.attendees().size();
        meeting.commendations().size();
        return meeting;
    }

    /** PX05's group or PTTG's, whichever the user belongs to: the hosts of the meeting. */
    Optional<String> hostGroupOf(String user) {
        return organizationGroups.coordinatorGroupOf(user);
    }

    private void requireActingOrganization(String code) {
        organizationGroups.find(code)
                .filter(found -> found.getGroupId() != null && found.isValidOn(ProvinceClock.today()))
                .orElseThrow(() -> new SubmissionRuleException("meetings.error.unknownOrganization"));
    }
}
