package vn.phoihop.forms;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One user's saved, unsent values of one form place, as the browser posted them (UTF-8 JSON). */
@Entity
@Table(name = "form_draft")
class FormDraft {

    @Id
    private String id;
    @Column(name = "user_id", nullable = false)
    private String userId;
    @Column(nullable = false)
    private String place;
    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    @Column(nullable = false)
    private byte[] content;

    protected FormDraft() {
    }

    FormDraft(String id, String userId, String place) {
        this.id = id;
        this.userId = userId;
        this.place = place;
    }

    void save(byte[] content, Instant savedAt, Instant expiresAt) {
        this.content = content;
        this.savedAt = savedAt;
        this.expiresAt = expiresAt;
    }

    byte[] content() {
        return content;
    }

    Instant savedAt() {
        return savedAt;
    }
}
