package vn.phoihop.meetings;

import static vn.phoihop.meetings.MeetingTexts.LONG;
import static vn.phoihop.forms.FormTexts.optional;
import static vn.phoihop.forms.FormTexts.required;

import java.time.Instant;

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
import vn.phoihop.notifications.Chase;

/**
 * One member organisation's monthly update for a meeting: asked when the meeting opens, sent by the
 * organisation, or missed when the minutes are taken up without it. Its own row, so six
 * organisations answering at once never overwrite each other. Changed only through {@link Meeting}.
 */
@Entity
@Table(name = "liaison_meeting_update")
public class MeetingUpdate {

    @Id
    private String id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;
    @Column(nullable = false)
    private String organization;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UpdateStatus status;
    @Column(name = "due_at", nullable = false)
    private Instant dueAt;
    private String results;
    private String difficulties;
    private String proposals;
    @Column(name = "sent_by")
    private String sentBy;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Embedded
    private Chase chase = new Chase();
    @Version
    private Long version;

    protected MeetingUpdate() {
    }

    MeetingUpdate(Meeting meeting, String organization, Instant dueAt) {
        this.id = meeting.id() + "-" + organization;
        this.meeting = meeting;
        this.organization = organization;
        this.dueAt = dueAt;
        this.status = UpdateStatus.PENDING;
    }

    void send(String results, String difficulties, String proposals, String by, Instant at) {
        if (status != UpdateStatus.PENDING) {
            throw new SubmissionRuleException("meetings.error.updateClosed");
        }
        this.results = required(results, LONG, "meetings.error.results");
        this.difficulties = optional(difficulties, LONG, "meetings.error.tooLong");
        this.proposals = optional(proposals, LONG, "meetings.error.tooLong");
        this.sentBy = by;
        this.sentAt = at;
        this.status = UpdateStatus.SENT;
    }

    Chase chase() {
        return chase;
    }

    void close() {
        if (status == UpdateStatus.PENDING) {
            status = UpdateStatus.MISSED;
        }
    }

    public boolean sentOnTime() {
        return status == UpdateStatus.SENT && !sentAt.isAfter(dueAt);
    }

    public String organization() {
        return organization;
    }

    public UpdateStatus status() {
        return status;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public String results() {
        return results;
    }

    public String difficulties() {
        return difficulties;
    }

    public String proposals() {
        return proposals;
    }

    public String sentBy() {
        return sentBy;
    }

    public Instant sentAt() {
        return sentAt;
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
