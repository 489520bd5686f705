package vn.phoihop.attachments;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file attached to a process instance. The bytes live in the database, not on a disk, so that
 * every node of a cluster serves the same files and a backup of the database is a backup of all.
 */
@Entity
@Table(name = "attachment")
class Attachment {

    @Id
    private String id;
    @Column(name = "process_instance_id", nullable = false)
    private String processInstanceId;
    @Column(name = "task_id")
    private String taskId;
    @Column(name = "field_key")
    private String fieldKey;
    @Column(name = "file_name", nullable = false)
    private String fileName;
    @Column(name = "content_type", nullable = false)
    private String contentType;
    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;
    @Column(nullable = false)
    private String sha256;
    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;
    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;
    @Column(nullable = false)
    private byte[] content;

    protected Attachment() {
    }

    Attachment(AttachmentInfo info, byte[] content) {
        this.id = info.id();
        this.processInstanceId = info.processInstanceId();
        this.taskId = info.taskId();
        this.fieldKey = info.fieldKey();
        this.fileName = info.fileName();
        this.contentType = info.contentType();
        this.sizeBytes = info.sizeBytes();
        this.sha256 = info.sha256();
        this.uploadedBy = info.uploadedBy();
        this.uploadedAt = info.uploadedAt();
        this.content = content;
    }

    AttachmentInfo info() {
        return new AttachmentInfo(id, processInstanceId, taskId, fieldKey, fileName, contentType, sizeBytes, sha256,
                uploadedBy, uploadedAt);
    }

    byte[] content() {
        return content;
    }
}
