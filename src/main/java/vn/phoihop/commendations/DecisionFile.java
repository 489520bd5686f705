package vn.phoihop.commendations;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One file of an issued decision, as it was made at the issue: what the office signed is what
 * every later download serves, whatever templates or names changed since.
 */
@Entity
@Table(name = "decision_file")
public class DecisionFile {

    @Id
    private String id;
    @Column(name = "proposal_id", nullable = false)
    private String proposalId;
    @Column(nullable = false)
    private String format;
    @Column(name = "file_name", nullable = false)
    private String fileName;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(nullable = false)
    private byte[] content;

    protected DecisionFile() {
    }

    DecisionFile(String proposalId, DecisionFormat format, String fileName, Instant createdAt,
                 byte[] content) {
        this.id = proposalId + "." + format.extension();
        this.proposalId = proposalId;
        this.format = format.extension();
        this.fileName = fileName;
        this.createdAt = createdAt;
        this.content = content;
    }

    public String fileName() {
        return fileName;
    }

    public byte[] content() {
        return content;
    }
}
