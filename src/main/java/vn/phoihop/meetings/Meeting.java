package vn.phoihop.meetings;

import static vn.phoihop.meetings.MeetingTexts.MEDIUM;
import static vn.phoihop.forms.FormTexts.required;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.portal.ProvinceClock;

/**
 * A liaison meeting of PX05, PTTG and the member organisations (plan III.1.5): opened each month by
 * the timer or ad hoc, the member organisations' updates, the minutes one side records and the other
 * approves, and the follow-up actions the approved minutes assign. The rules of the meeting's life
 * are here; the process only says when each step happens.
 */
@Entity
@Table(name = "liaison_meeting")
public class Meeting {

    @Id
    private String id;
    @Column(name = "process_instance_id", nullable = false)
    private String processInstanceId;
    @Column(name = "plan_year", nullable = false)
    private int year;
    @Column(name = "plan_month", nullable = false)
    private int month;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingKind kind;
    private String reason;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingStatus status;
    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;
    @Column(name = "opened_by")
    private String openedBy;
    @Column(name = "updates_due_at", nullable = false)
    private Instant updatesDueAt;
    @Column(name = "held_on")
    private LocalDate heldOn;
    private String place;
    @Column(name = "chaired_by")
    private String chairedBy;
    private String assessment;
    private String difficulties;
    private String resolutions;
    @Column(name = "next_period")
    private String nextPeriod;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorder_group")
    private String recorderGroup;
    @Column(name = "return_reason")
    private String returnReason;
    @Column(name = "approved_by")
    private String approvedBy;
    @Column(name = "approved_at")
    private Instant approvedAt;
    @Column(name = "minutes_number")
    private String minutesNumber;
    @Version
    private Long version;

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("organization")
    private List<MeetingUpdate> updates = new ArrayList<>();
    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<MeetingAction> actions = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "liaison_meeting_attendee", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    private List<MeetingAttendee> attendees = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "liaison_meeting_commendation", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    private List<MeetingCommendation> commendations = new ArrayList<>();

    protected Meeting() {
    }

    /**
     * A meeting of the month it opens in (province time), asking each member organisation in force
     * for its update by {@code updatesDueAt}. An ad-hoc meeting says why it is called.
     */
    static Meeting open(String id, String processInstanceId, MeetingKind kind, String reason, String openedBy,
                        Instant openedAt, Instant updatesDueAt, List<String> memberOrganizations) {
        if (memberOrganizations.isEmpty()) {
            throw new IllegalStateException("A liaison meeting needs the member organisations in force");
        }
        Meeting meeting = new Meeting();
        meeting.id = id;
        meeting.processInstanceId = processInstanceId;
        YearMonth month = YearMonth.from(openedAt.atZone(ProvinceClock.ZONE));
        meeting.year = month.getYear();
        meeting.month = month.getMonthValue();
        meeting.kind = kind;
        meeting.reason = kind == MeetingKind.AD_HOC ? required(reason, MEDIUM, "meetings.error.reason") : null;
        meeting.openedBy = openedBy;
        meeting.openedAt = openedAt;
        meeting.updatesDueAt = updatesDueAt;
        meeting.status = MeetingStatus.COLLECTING;
        memberOrganizations.forEach(organization -> meeting.updates.add(new MeetingUpdate(meeting, organization, updatesDueAt)));
        return meeting;
    }

    void updateSent(String organization, String results, String difficulties, String proposals, String by, Instant at) {
        if (status != MeetingStatus.COLLECTING) {
            throw new SubmissionRuleException("meetings.error.updateClosed");
        }
        update(organization).send(results, difficulties, proposals, by, at);
    }

    void updateReminded(String organization) {
        update(organization).chase().remind();
    }

    void updateEscalated(String organization) {
        update(organization).chase().escalate();
    }

    void updateEscalationNoted(String organization, String instruction) {
        update(organization).chase().noteEscalation(instruction, "meetings.error.instruction");
    }

    /** The minutes are taken up: an update still pending is missed. */
    void closeUpdates() {
        if (status == MeetingStatus.COLLECTING) {
            updates.forEach(MeetingUpdate::close);
            status = MeetingStatus.RECORDING;
        }
    }

    /**
     * The host side records (or, after a return, corrects) the minutes; the other side approves
     * them. The meeting cannot be recorded as held before it was opened, nor in the future.
     */
    void recordMinutes(Minutes minutes, String by, String group, LocalDate today) {
        if (status != MeetingStatus.RECORDING && status != MeetingStatus.RETURNED) {
            throw new SubmissionRuleException("meetings.error.state");
        }
        LocalDate opened = openedAt.atZone(ProvinceClock.ZONE).toLocalDate();
        if (minutes.heldOn().isBefore(opened) || minutes.heldOn().isAfter(today)) {
            throw new SubmissionRuleException("meetings.error.heldOnRange");
        }
        heldOn = minutes.heldOn();
        place = minutes.place();
        chairedBy = minutes.chairedBy();
        assessment = minutes.assessment();
        difficulties = minutes.difficulties();
        resolutions = minutes.resolutions();
        nextPeriod = minutes.nextPeriod();
        attendees.clear();
        minutes.attendees().forEach(attendee -> attendees.add(new MeetingAttendee(attendee)));
        commendations.clear();
        minutes.commendations().forEach(commendation -> commendations.add(new MeetingCommendation(commendation)));
        // Positions continue after the rows a correction replaces: an id is never reused within the
        // meeting, and the new rows need not wait for the old ones' deletion, which Hibernate runs last.
        int next = actions.stream().mapToInt(MeetingAction::position).max().orElse(0) + 1;
        actions.clear();
        for (Minutes.Action action : minutes.actions()) {
            actions.add(new MeetingAction(this, next++, action));
        }
        recordedBy = by;
        recorderGroup = group;
        status = MeetingStatus.AWAITING_APPROVAL;
    }

    /** Approval by the side that did not record them; from then on the minutes are the meeting's record. */
    void approveMinutes(String by, String byGroup, Instant at, Function<LocalDate, String> numberForDay) {
        requireApprover(byGroup);
        approvedBy = by;
        approvedAt = at;
        // numbered only once the approval is certain: a refused approval must not take a number from the register
        minutesNumber = numberForDay.apply(heldOn);
        returnReason = null;
        actions.forEach(MeetingAction::open);
        status = actions.isEmpty() ? MeetingStatus.CLOSED : MeetingStatus.FOLLOW_UP;
    }

    void returnMinutes(String reason, String byGroup) {
        requireApprover(byGroup);
        returnReason = required(reason, MEDIUM, "meetings.error.returnReason");
        status = MeetingStatus.RETURNED;
    }

    void actionDone(String actionId, String report, String by, Instant at) {
        action(actionId).done(report, by, at);
        if (actions.stream().allMatch(action -> action.status() == ActionStatus.DONE)) {
            status = MeetingStatus.CLOSED;
        }
    }

    void actionReminded(String actionId) {
        action(actionId).chase().remind();
    }

    void actionEscalated(String actionId) {
        action(actionId).chase().escalate();
    }

    void actionEscalationNoted(String actionId, String instruction) {
        action(actionId).chase().noteEscalation(instruction, "meetings.error.instruction");
    }

    /** The group that approves: the other side of the one that recorded. */
    String approverGroup(String police, String front) {
        return police.equals(recorderGroup) ? front : police;
    }

    private void requireApprover(String byGroup) {
        if (status != MeetingStatus.AWAITING_APPROVAL) {
            throw new SubmissionRuleException("meetings.error.state");
        }
        if (byGroup == null || byGroup.equals(recorderGroup)) {
            throw new SubmissionRuleException("meetings.error.sameSide");
        }
    }

    public MeetingUpdate update(String organization) {
        return updates.stream().filter(update -> update.organization().equals(organization)).findFirst()
                .orElseThrow(() -> new SubmissionRuleException("meetings.error.notAsked"));
    }

    public Optional<MeetingUpdate> findUpdate(String organization) {
        return updates.stream().filter(update -> update.organization().equals(organization)).findFirst();
    }

    public MeetingAction action(String actionId) {
        return actions.stream().filter(action -> action.id().equals(actionId)).findFirst()
                .orElseThrow(() -> new SubmissionRuleException("meetings.error.noAction"));
    }

    public String id() {
        return id;
    }

    public String processInstanceId() {
        return processInstanceId;
    }

    public int year() {
        return year;
    }

    public int month() {
        return month;
    }

    public MeetingKind kind() {
        return kind;
    }

    public String reason() {
        return reason;
    }

    public MeetingStatus status() {
        return status;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public String openedBy() {
        return openedBy;
    }

    public Instant updatesDueAt() {
        return updatesDueAt;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public String place() {
        return place;
    }

    public String chairedBy() {
        return chairedBy;
    }

    public String assessment() {
        return assessment;
    }

    public String difficulties() {
        return difficulties;
    }

    public String resolutions() {
        return resolutions;
    }

    public String nextPeriod() {
        return nextPeriod;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public String recorderGroup() {
        return recorderGroup;
    }

    public String returnReason() {
        return returnReason;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public String minutesNumber() {
        return minutesNumber;
    }

    public List<MeetingUpdate> updates() {
        return Collections.unmodifiableList(updates);
    }

    public List<MeetingAction> actions() {
        return Collections.unmodifiableList(actions);
    }

    public List<MeetingAttendee> attendees() {
        return Collections.unmodifiableList(attendees);
    }

    public List<MeetingCommendation> commendations() {
        return Collections.unmodifiableList(commendations);
    }
}
