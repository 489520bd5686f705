package vn.phoihop.propaganda;

import static vn.phoihop.forms.FormTexts.required;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.portal.ProvinceClock;

/**
 * A propaganda material (plan III.1.1): compiled by PX05, approved by its leader, sent to the
 * organisations that disseminate it through their Zalo groups and confirm their reach. Its rules
 * live here; steps call it through {@link PropagandaService}.
 */
@Entity
@Table(name = "propaganda_material")
public class Material {

    static final int TITLE_MAX = 255;
    static final int BODY_MAX = 8000;
    static final int REASON_MAX = 2000;
    static final int MAX_RECIPIENTS = 200;

    @Id
    private String id;
    @Column(name = "process_instance_id", nullable = false, unique = true)
    private String processInstanceId;
    @Column(nullable = false)
    private String title;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PropagandaTopic topic;
    @Column(nullable = false)
    private String body;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MaterialStatus status;
    @Column(name = "compiled_by", nullable = false)
    private String compiledBy;
    @Column(name = "compiled_at", nullable = false)
    private Instant compiledAt;
    @Column(name = "return_reason")
    private String returnReason;
    @Column(name = "approved_by")
    private String approvedBy;
    @Column(name = "approved_at")
    private Instant approvedAt;
    @Column(name = "confirm_due_on")
    private LocalDate confirmDueOn;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Version
    private Long version;
    @OneToMany(mappedBy = "material", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("organization")
    private List<Confirmation> confirmations = new ArrayList<>();

    protected Material() {
    }

    static Material compile(String id, String processInstanceId, String title, Object topic, String body, String by, Instant at) {
        Material material = new Material();
        material.id = id;
        material.processInstanceId = processInstanceId;
        material.compiledBy = by;
        material.compiledAt = at;
        material.write(title, topic, body);
        return material;
    }

    void revise(String title, Object topic, String body) {
        if (status != MaterialStatus.RETURNED) {
            throw new SubmissionRuleException("propaganda.error.notReturned");
        }
        write(title, topic, body);
    }

    void approve(String by, Instant at) {
        requireStatus(MaterialStatus.AWAITING_APPROVAL);
        approvedBy = by;
        approvedAt = at;
        returnReason = null;
        status = MaterialStatus.APPROVED;
    }

    void returnForRevision(String reason) {
        requireStatus(MaterialStatus.AWAITING_APPROVAL);
        returnReason = required(reason, REASON_MAX, "propaganda.error.returnReason");
        status = MaterialStatus.RETURNED;
    }

    /** Sent to the organisations, which confirm by the end of the day given. */
    void send(List<String> organizations, LocalDate dueOn, Instant at) {
        requireStatus(MaterialStatus.APPROVED);
        if (organizations.isEmpty() || organizations.size() > MAX_RECIPIENTS || organizations.stream().distinct().count() != organizations.size()) {
            throw new SubmissionRuleException("propaganda.error.recipients");
        }
        LocalDate today = at.atZone(ProvinceClock.ZONE).toLocalDate();
        if (dueOn == null || dueOn.isBefore(today)) {
            throw new SubmissionRuleException("propaganda.error.dueOn");
        }
        confirmDueOn = dueOn;
        sentAt = at;
        status = MaterialStatus.SENT;
        organizations.forEach(code -> confirmations.add(new Confirmation(this, code)));
    }

    void confirm(String organization, Dissemination dissemination, String by, Instant at) {
        confirmation(organization).confirm(dissemination, at.atZone(ProvinceClock.ZONE).toLocalDate(), by, at);
    }

    private void write(String title, Object topic, String body) {
        this.title = required(title, TITLE_MAX, "propaganda.error.title");
        this.topic = PropagandaTopic.of(topic);
        this.body = required(body, BODY_MAX, "propaganda.error.body");
        this.status = MaterialStatus.AWAITING_APPROVAL;
    }

    private void requireStatus(MaterialStatus expected) {
        if (status != expected) {
            throw new SubmissionRuleException("propaganda.error.notAtThisStep");
        }
    }

    public Confirmation confirmation(String organization) {
        return confirmations.stream().filter(confirmation -> confirmation.organization().equals(organization)).findFirst()
                .orElseThrow(() -> new SubmissionRuleException("propaganda.error.notRecipient"));
    }

    /** The members reached by every confirmation. */
    public int totalReached() {
        return confirmations.stream().mapToInt(Confirmation::membersReached).sum();
    }

    /** The end of the confirmation's day in the province: the day itself still counts as on time. */
    public Instant confirmDueAt() {
        return confirmDueOn.plusDays(1).atStartOfDay(ProvinceClock.ZONE).toInstant();
    }

    LocalDate sentOn() {
        return sentAt.atZone(ProvinceClock.ZONE).toLocalDate();
    }

    public String id() {
        return id;
    }

    public String processInstanceId() {
        return processInstanceId;
    }

    public String title() {
        return title;
    }

    public PropagandaTopic topic() {
        return topic;
    }

    public String body() {
        return body;
    }

    public MaterialStatus status() {
        return status;
    }

    public String compiledBy() {
        return compiledBy;
    }

    public Instant compiledAt() {
        return compiledAt;
    }

    public String returnReason() {
        return returnReason;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public LocalDate confirmDueOn() {
        return confirmDueOn;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public List<Confirmation> confirmations() {
        return Collections.unmodifiableList(confirmations);
    }
}
