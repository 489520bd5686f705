package vn.phoihop.attachments;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file chosen in a form that was not sent yet: the submission was refused for another field, or
 * the form was saved as a draft. It belongs to one user and one form place, and to no process
 * instance until the form is sent; then it becomes an {@link Attachment} like any file of the form.
 */
@Entity
@Table(name = "pending_file")
class PendingFile {

    @Id
    private String id;
    @Column(name = "user_id", nullable = false)
    private String userId;
    @Column(nullable = false)
    private String place;
    @Column(name = "field_key", nullable = false)
    private String fieldKey;
    @Column(name = "file_name", nullable = false)
    private String fileName;
    @Column(name = "content_type", nullable = false)
    private String contentType;
    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    @Column(nullable = false)
    private byte[] content;

    protected PendingFile() {
    }

    PendingFile(String id, String userId, String place, String fieldKey, AttachmentService.CheckedFile file,
                Instant createdAt, Instant expiresAt) {
        this.id = id;
        this.userId = userId;
        this.place = place;
        this.fieldKey = fieldKey;
        this.fileName = file.fileName();
        this.contentType = file.contentType();
        this.sizeBytes = file.content().length;
        this.content = file.content();
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    String id() {
        return id;
    }

    String fieldKey() {
        return fieldKey;
    }

    PendingFiles.Kept kept() {
        return new PendingFiles.Kept(id, fieldKey, fileName, sizeBytes);
    }

    UploadedFile upload() {
        return new UploadedFile(id, fieldKey, fileName, contentType, content);
    }

    void extendTo(Instant expiresAt) {
        this.expiresAt = expiresAt;
    }
}
