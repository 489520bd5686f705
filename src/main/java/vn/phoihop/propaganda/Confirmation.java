package vn.phoihop.propaganda;

import static vn.phoihop.forms.FormTexts.optional;
import static vn.phoihop.forms.FormTexts.required;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
 * One receiving organisation's part of a material: to which of its Zalo groups it sent it, when, how
 * many members it reached, and the police speaker it asked for with the talk's attendance. Its own
 * row, so organisations confirming at once never overwrite each other. Changed only through {@link Material}.
 */
@Entity
@Table(name = "propaganda_confirmation")
public class Confirmation {

    static final int SHORT = 255;
    static final int MEDIUM = 2000;

    @Id
    private String id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "material_id")
    private Material material;
    @Column(nullable = false)
    private String organization;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConfirmationStatus status;
    @Column(name = "disseminated_on")
    private LocalDate disseminatedOn;
    @Column(name = "members_reached")
    private Integer membersReached;
    private String note;
    @Column(name = "confirmed_by")
    private String confirmedBy;
    @Column(name = "confirmed_at")
    private Instant confirmedAt;
    @Embedded
    private Chase chase = new Chase();
    @Column(name = "speaker_requested", nullable = false)
    private boolean speakerRequested;
    @Column(name = "talk_on")
    private LocalDate talkOn;
    @Column(name = "talk_place")
    private String talkPlace;
    @Column(name = "talk_audience")
    private String talkAudience;
    @Column(name = "talk_topic")
    private String talkTopic;
    private String speaker;
    @Column(name = "talk_held_on")
    private LocalDate talkHeldOn;
    private Integer attendance;
    @Column(name = "talk_report")
    private String talkReport;
    @ElementCollection
    @CollectionTable(name = "propaganda_confirmation_group", joinColumns = @JoinColumn(name = "confirmation_id"))
    @Column(name = "group_id")
    private List<String> zaloGroups = new ArrayList<>();
    @Version
    private Long version;

    protected Confirmation() {
    }

    Confirmation(Material material, String organization) {
        this.id = material.id() + "-" + organization;
        this.material = material;
        this.organization = organization;
        this.status = ConfirmationStatus.PENDING;
    }

    void confirm(Dissemination dissemination, LocalDate today, String by, Instant at) {
        if (status != ConfirmationStatus.PENDING) {
            throw new SubmissionRuleException("propaganda.error.confirmed");
        }
        if (dissemination.zaloGroups().isEmpty()) {
            throw new SubmissionRuleException("propaganda.error.groups");
        }
        if (dissemination.disseminatedOn() == null || dissemination.disseminatedOn().isAfter(today)
                || dissemination.disseminatedOn().isBefore(material.sentOn())) {
            throw new SubmissionRuleException("propaganda.error.disseminatedOn");
        }
        Integer reached = dissemination.membersReached();
        if (reached == null || reached < 0 || reached > Dissemination.MAX_REACHED) {
            throw new SubmissionRuleException("propaganda.error.reached");
        }
        Dissemination.TalkRequest talk = dissemination.talk();
        if (talk != null) {
            if (talk.on() == null || talk.on().isBefore(today)) {
                throw new SubmissionRuleException("propaganda.error.talkOn");
            }
            talkOn = talk.on();
            talkPlace = required(talk.place(), SHORT, "propaganda.error.talk");
            talkAudience = required(talk.audience(), SHORT, "propaganda.error.talk");
            talkTopic = optional(talk.topic(), SHORT, "propaganda.error.talk");
            speakerRequested = true;
        }
        zaloGroups.clear();
        zaloGroups.addAll(dissemination.zaloGroups());
        disseminatedOn = dissemination.disseminatedOn();
        membersReached = reached;
        note = optional(dissemination.note(), MEDIUM, "propaganda.error.tooLong");
        confirmedBy = by;
        confirmedAt = at;
        status = ConfirmationStatus.CONFIRMED;
    }

    void assignSpeaker(String user) {
        if (!speakerRequested || speaker != null) {
            throw new SubmissionRuleException("propaganda.error.noRequest");
        }
        if (user == null || user.isBlank()) {
            throw new SubmissionRuleException("propaganda.error.speaker");
        }
        speaker = user;
    }

    void recordTalk(LocalDate heldOn, Integer attendance, String report, LocalDate today) {
        if (speaker == null || talkHeldOn != null) {
            throw new SubmissionRuleException("propaganda.error.noRequest");
        }
        if (heldOn == null || heldOn.isAfter(today)) {
            throw new SubmissionRuleException("propaganda.error.talkHeldOn");
        }
        if (attendance == null || attendance < 0 || attendance > Dissemination.MAX_REACHED) {
            throw new SubmissionRuleException("propaganda.error.attendance");
        }
        this.talkHeldOn = heldOn;
        this.attendance = attendance;
        this.talkReport = optional(report, MEDIUM, "propaganda.error.tooLong");
    }

    Chase chase() {
        return chase;
    }

    /** Confirmed by the end of the day PX05 set. */
    public boolean confirmedOnTime() {
        return status == ConfirmationStatus.CONFIRMED && material.confirmDueOn() != null
                && confirmedAt.isBefore(material.confirmDueAt());
    }

    public String id() {
        return id;
    }

    public String organization() {
        return organization;
    }

    public ConfirmationStatus status() {
        return status;
    }

    public LocalDate disseminatedOn() {
        return disseminatedOn;
    }

    public int membersReached() {
        return membersReached == null ? 0 : membersReached;
    }

    public String note() {
        return note;
    }

    public String confirmedBy() {
        return confirmedBy;
    }

    public Instant confirmedAt() {
        return confirmedAt;
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

    public boolean speakerRequested() {
        return speakerRequested;
    }

    public LocalDate talkOn() {
        return talkOn;
    }

    public String talkPlace() {
        return talkPlace;
    }

    public String talkAudience() {
        return talkAudience;
    }

    public String talkTopic() {
        return talkTopic;
    }

    public String speaker() {
        return speaker;
    }

    public LocalDate talkHeldOn() {
        return talkHeldOn;
    }

    public Integer attendance() {
        return attendance;
    }

    public String talkReport() {
        return talkReport;
    }

    public List<String> zaloGroups() {
        return Collections.unmodifiableList(zaloGroups);
    }
}
