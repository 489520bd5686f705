package vn.phoihop.zalo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.phoihop.forms.SubmissionRuleException;

/**
 * A Zalo group an organisation runs for propaganda (plan II.4): its level and area, who administers
 * it, the link a phone opens to join it, and its member count over time. Never deleted: a group
 * with history is deactivated with a reason. Nothing is ever posted to Zalo from here: no Zalo API
 * is reachable from a government network, the link is for people.
 */
@Entity
@Table(name = "zalo_group")
public class ZaloGroup {

    public static final int MAX_MEMBERS = 100_000;

    @Id
    private String id;
    @Column(nullable = false)
    private String organization;
    @Column(nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ZaloGroupLevel level;
    private String area;
    @Column(name = "resident_group")
    private String residentGroup;
    private String administrator;
    @Column(name = "join_link")
    private String joinLink;
    @Column(nullable = false)
    private boolean active;
    @Column(name = "deactivation_reason")
    private String deactivationReason;
    /** A wrapper, null until first saved, so that saving a new group inserts it without a select first. */
    @Version
    private Long version;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by", nullable = false)
    private String updatedBy;
    @ElementCollection
    @CollectionTable(name = "zalo_group_count", joinColumns = @JoinColumn(name = "group_id"))
    @OrderBy("countedOn")
    private List<MemberCount> counts = new ArrayList<>();

    protected ZaloGroup() {
    }

    public static ZaloGroup register(String id, ZaloGroupDetails details, String by, Instant at) {
        ZaloGroup group = new ZaloGroup();
        group.id = id;
        group.active = true;
        group.createdAt = at;
        group.createdBy = by;
        group.apply(details, by, at);
        return group;
    }

    public void change(ZaloGroupDetails details, String by, Instant at) {
        requireActive();
        apply(details, by, at);
    }

    /** The members counted on a day; a second count on the same day replaces the first. */
    public void count(LocalDate on, int members, String by, Instant at) {
        requireActive();
        if (on == null || members < 0 || members > MAX_MEMBERS) {
            throw new SubmissionRuleException("zalo.rule.count");
        }
        counts.removeIf(count -> count.countedOn().equals(on));
        counts.add(new MemberCount(on, members));
        counts.sort(Comparator.comparing(MemberCount::countedOn));
        touched(by, at);
    }

    public void deactivate(String reason, String by, Instant at) {
        requireActive();
        if (reason == null || reason.isBlank()) {
            throw new SubmissionRuleException("zalo.rule.reasonRequired");
        }
        active = false;
        deactivationReason = reason.strip();
        touched(by, at);
    }

    public void reactivate(String by, Instant at) {
        if (active) {
            throw new SubmissionRuleException("zalo.rule.alreadyActive");
        }
        active = true;
        deactivationReason = null;
        touched(by, at);
    }

    /** The latest count on or before the day, if any. */
    public Optional<MemberCount> countOn(LocalDate day) {
        return counts.stream().filter(count -> !count.countedOn().isAfter(day)).reduce((first, second) -> second);
    }

    public Optional<MemberCount> latestCount() {
        return counts.isEmpty() ? Optional.empty() : Optional.of(counts.get(counts.size() - 1));
    }

    public boolean belongsTo(String organizationCode) {
        return organization.equals(organizationCode);
    }

    private void apply(ZaloGroupDetails details, String by, Instant at) {
        organization = details.organization();
        name = details.name();
        level = details.level();
        area = details.area();
        residentGroup = details.residentGroup();
        administrator = details.administrator();
        joinLink = details.joinLink();
        touched(by, at);
    }

    private void requireActive() {
        if (!active) {
            throw new SubmissionRuleException("zalo.rule.inactive");
        }
    }

    private void touched(String by, Instant at) {
        updatedBy = by;
        updatedAt = at;
    }

    public String getId() {
        return id;
    }

    public String getOrganization() {
        return organization;
    }

    public String getName() {
        return name;
    }

    public ZaloGroupLevel getLevel() {
        return level;
    }

    public String getArea() {
        return area;
    }

    public String getResidentGroup() {
        return residentGroup;
    }

    public String getAdministrator() {
        return administrator;
    }

    public String getJoinLink() {
        return joinLink;
    }

    public boolean isActive() {
        return active;
    }

    public String getDeactivationReason() {
        return deactivationReason;
    }

    public Long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public List<MemberCount> getCounts() {
        return Collections.unmodifiableList(counts);
    }

    /** The history as a page shows it, the latest count first. */
    public List<MemberCount> getCountsNewestFirst() {
        List<MemberCount> newest = new ArrayList<>(counts);
        Collections.reverse(newest);
        return newest;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ZaloGroup other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
