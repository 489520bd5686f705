package vn.phoihop.modeler;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of the administration's audit: who did what to which deployment or definition, when, and how it ended. */
@Entity
@Table(name = "process_admin_event")
public class ProcessAdminEvent {

    static final int TARGET_MAX = 1000;
    static final int RESULT_MAX = 4000;

    @Id
    private String id;
    @Column(nullable = false)
    private Instant at;
    @Column(nullable = false)
    private String actor;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AdminAction action;
    @Column(nullable = false)
    private String target;
    @Column(nullable = false)
    private String result;

    protected ProcessAdminEvent() {
    }

    ProcessAdminEvent(Instant at, String actor, AdminAction action, String target, String result) {
        this.id = UUID.randomUUID().toString();
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.target = cut(target, TARGET_MAX);
        this.result = cut(result, RESULT_MAX);
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max - 1) + "…" : text;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public AdminAction action() {
        return action;
    }

    public String target() {
        return target;
    }

    public String result() {
        return result;
    }
}
