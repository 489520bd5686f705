package vn.phoihop.meetings;

import static vn.phoihop.meetings.MeetingTexts.LONG;
import static vn.phoihop.forms.FormTexts.required;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.notifications.Chase;

/**
 * A follow-up action of the minutes: what an organisation has to do and by when. Planned while the
 * minutes are drafted, open once they are approved (a task of the organisation), done when the
 * organisation reports it. Changed only through {@link Meeting}.
 */
@Entity
@Table(name = "liaison_meeting_action")
public class MeetingAction {

    @Id
    private String id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;
    @Column(nullable = false)
    private int position;
    @Column(nullable = false)
    private String organization;
    @Column(nullable = false)
    private String content;
    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionStatus status;
    private String report;
    @Column(name = "done_by")
    private String doneBy;
    @Column(name = "done_at")
    private Instant doneAt;
    @Embedded
    private Chase chase = new Chase();
    @Version
    private Long version;

    protected MeetingAction() {
    }

    MeetingAction(Meeting meeting, int position, Minutes.Action action) {
        this.id = meeting.id() + "-A" + position;
        this.meeting = meeting;
        this.position = position;
        this.organization = action.organization();
        this.content = action.content();
        this.dueOn = action.dueOn();
        this.status = ActionStatus.PLANNED;
    }

    void open() {
        status = ActionStatus.OPEN;
    }

    void done(String report, String by, Instant at) {
        if (status != ActionStatus.OPEN) {
            throw new SubmissionRuleException("meetings.error.actionClosed");
        }
        this.report = required(report, LONG, "meetings.error.report");
        this.doneBy = by;
        this.doneAt = at;
        this.status = ActionStatus.DONE;
    }

    Chase chase() {
        return chase;
    }

    /** The end of the due day in the province: the day itself still counts as on time. */
    public Instant dueAt() {
        return dueOn.plusDays(1).atStartOfDay(ProvinceClock.ZONE).toInstant();
    }

    public boolean doneOnTime() {
        return status == ActionStatus.DONE && doneAt.isBefore(dueAt());
    }

    public boolean overdue(Instant now) {
        return status == ActionStatus.OPEN && !now.isBefore(dueAt());
    }

    public String id() {
        return id;
    }

    public int position() {
        return position;
    }

    public String organization() {
        return organization;
    }

    public String content() {
        return content;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public ActionStatus status() {
        return status;
    }

    public String report() {
        return report;
    }

    public String doneBy() {
        return doneBy;
    }

    public Instant doneAt() {
        return doneAt;
    }

    public boolean reminded() {
        return chase.reminded();
    }

    public boolean escalated() {
        return chase.escalated();
    }

    public String escalationNote() {
        return chase.escalationNote();
    }
}
