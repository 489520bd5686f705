package vn.phoihop.notifications;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One notification as the recipient reads it; rows are written by {@link NotificationWriter}. */
@Entity
@Table(name = "notification")
class Notification {

    @Id
    private Long id;
    @Column(name = "recipient_id", nullable = false)
    private String recipientId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NotificationKind kind;
    @Column(name = "task_id", nullable = false)
    private String taskId;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(nullable = false)
    private String title;
    /** The page the notification opens, e.g. {@code /tasks/42}. */
    @Column(nullable = false)
    private String link;
    /** The record the notification concerns, e.g. "KT-2026-0003 – Khen thưởng …"; null on rows of before #10. */
    @Column(name = "record_label")
    private String recordLabel;
    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    private RecordOutcome outcome;
    @Column(name = "outcome_detail")
    private String outcomeDetail;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public boolean isUnread() {
        return readAt == null;
    }

    public Long getId() {
        return id;
    }

    public String getRecipientId() {
        return recipientId;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getTaskId() {
        return taskId;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getTitle() {
        return title;
    }

    public String getLink() {
        return link;
    }

    public String getRecordLabel() {
        return recordLabel;
    }

    public RecordOutcome getOutcome() {
        return outcome;
    }

    public String getOutcomeDetail() {
        return outcomeDetail;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
