package vn.phoihop.propaganda;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.documents.RecordIds;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.organizations.OrganizationGroups;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.zalo.ZaloGroup;
import vn.phoihop.zalo.ZaloGroupRepository;

/**
 * One method per step of {@code PropagandaProcess}: loads the material by its process instance,
 * applies the step and saves it. Who acts, and for which organisation, is checked here against our
 * organisation and Zalo group tables and Camunda's identity store, never taken from a variable.
 */
@Service
@Transactional
@EnableConfigurationProperties(PropagandaProperties.class)
public class PropagandaService {

    static final String ID_PREFIX = "TT";
    static final String POLICE_LEADERS = "police-leaders";

    private final MaterialRepository materials;
    private final ZaloGroupRepository zaloGroups;
    private final OrganizationGroups organizationGroups;
    private final RecordIds recordIds;
    private final PropagandaProperties properties;

    PropagandaService(MaterialRepository materials, ZaloGroupRepository zaloGroups, OrganizationGroups organizationGroups,
                      RecordIds recordIds, PropagandaProperties properties) {
        this.materials = materials;
        this.zaloGroups = zaloGroups;
        this.organizationGroups = organizationGroups;
        this.recordIds = recordIds;
        this.properties = properties;
    }

    Material compiled(String processInstanceId, String title, Object topic, String body, String by) {
        requireAuthor(by);
        Instant now = ProvinceClock.now();
        return materials.save(Material.compile(recordIds.next(ID_PREFIX, ProvinceClock.today().getYear()), processInstanceId,
                title, topic, body, by, now));
    }

    void revised(String processInstanceId, String title, Object topic, String body, String by) {
        requireAuthor(by);
        of(processInstanceId).revise(title, topic, body);
    }

    void approved(String processInstanceId, String by) {
        of(processInstanceId).approve(by, ProvinceClock.now());
    }

    void returned(String processInstanceId, String reason) {
        of(processInstanceId).returnForRevision(reason);
    }

    /** Organisations of the tree in force that a group acts for, and a day not past. */
    void recipientsChosen(String processInstanceId, List<String> organizations, LocalDate dueOn, String by) {
        requireAuthor(by);
        for (String code : organizations) {
            organizationGroups.find(code).filter(found -> found.getGroupId() != null && found.isValidOn(ProvinceClock.today()))
                    .orElseThrow(() -> new SubmissionRuleException("propaganda.error.recipients"));
        }
        of(processInstanceId).send(organizations, dueOn, ProvinceClock.now());
    }

    /** The organisation's own active Zalo groups only, confirmed by one of its people. */
    void confirmed(String processInstanceId, String organization, Dissemination dissemination, String by) {
        requireMemberOf(organization, by);
        Collection<ZaloGroup> groups = zaloGroups.findAllById(dissemination.zaloGroups());
        boolean own = groups.size() == dissemination.zaloGroups().stream().distinct().count()
                && groups.stream().allMatch(group -> group.isActive() && group.belongsTo(organization));
        if (!own) {
            throw new SubmissionRuleException("propaganda.error.groups");
        }
        of(processInstanceId).confirm(organization, dissemination, by, ProvinceClock.now());
    }

    void confirmationReminded(String processInstanceId, String organization) {
        of(processInstanceId).confirmation(organization).chase().remind();
    }

    void confirmationEscalated(String processInstanceId, String organization) {
        of(processInstanceId).confirmation(organization).chase().escalate();
    }

    void confirmationEscalationNoted(String processInstanceId, String organization, String instruction) {
        of(processInstanceId).confirmation(organization).chase().noteEscalation(instruction, "propaganda.error.instruction");
    }

    /** The speaker is one of PX05's officers. */
    void speakerAssigned(String processInstanceId, String organization, String speaker, String by) {
        requireAuthor(by);
        if (!organizationGroups.isMember(speaker, organizationGroups.coordinatorGroup(false))) {
            throw new SubmissionRuleException("propaganda.error.speaker");
        }
        of(processInstanceId).confirmation(organization).assignSpeaker(speaker);
    }

    void talkRecorded(String processInstanceId, String organization, LocalDate heldOn, Integer attendance, String report, String by) {
        requireAuthor(by);
        of(processInstanceId).confirmation(organization).recordTalk(heldOn, attendance, report, ProvinceClock.today());
    }

    /** A leader of PX05 where its leaders' group is set up, the police leaders otherwise. */
    String approverGroup() {
        return organizationGroups.leadersOr(organizationGroups.coordinatorGroup(false), POLICE_LEADERS);
    }

    String groupOf(String organization) {
        return organizationGroups.groupOf(organization);
    }

    String escalationGroupOf(String organization) {
        return organizationGroups.escalationGroupOf(organization);
    }

    Date confirmRemindAt(Material material) {
        Instant remind = material.confirmDueAt().minus(java.time.Duration.ofDays(properties.confirmReminderDays()));
        Instant now = ProvinceClock.now();
        return Date.from(remind.isBefore(now) ? now : remind);
    }

    /** With its confirmations: pages and listeners read them after this transaction. */
    @Transactional(readOnly = true)
    public Material of(String processInstanceId) {
        return loaded(materials.findByProcessInstanceId(processInstanceId)
                .orElseThrow(() -> new IllegalStateException("No propaganda material for instance " + processInstanceId)));
    }

    @Transactional(readOnly = true)
    public Optional<Material> findByInstance(String processInstanceId) {
        return materials.findByProcessInstanceId(processInstanceId).map(PropagandaService::loaded);
    }

    @Transactional(readOnly = true)
    public Optional<Material> find(String id) {
        return materials.findById(id).map(PropagandaService::loaded);
    }

    @Transactional(readOnly = true)
    public List<Material> ofYear(int year) {
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(ProvinceClock.ZONE).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(ProvinceClock.ZONE).toInstant();
        return materials.findByCompiledAtBetweenOrderByCompiledAtDesc(from, to).stream().map(PropagandaService::loaded).toList();
    }

    @SuppressWarnings("ResultOfMethodCallIgnored")
    private static Material loaded(Material material) {
        material.confirmations().forEach(confirmation -> confirmation.zaloGroups().size());
        return material;
    }

    private void requireAuthor(String user) {
        if (!organizationGroups.isMember(user, organizationGroups.coordinatorGroup(false))) {
            throw new SubmissionRuleException("propaganda.error.notAuthor");
        }
    }

    private void requireMemberOf(String organization, String user) {
        if (!organizationGroups.isMember(user, organizationGroups.groupOf(organization))) {
            throw new SubmissionRuleException("propaganda.error.notYourOrganization");
        }
    }
}
