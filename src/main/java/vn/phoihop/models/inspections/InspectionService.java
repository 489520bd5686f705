package vn.phoihop.models.inspections;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.documents.RecordIds;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.models.MovementModel;
import vn.phoihop.models.MovementModelRepository;
import vn.phoihop.notifications.RecordNotifications;
import vn.phoihop.organizations.Organization;
import vn.phoihop.organizations.OrganizationGroups;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.security.EngineAsSystem;

/**
 * One method per step of {@code ModelInspectionProcess}: loads the inspection by its process
 * instance, applies the step and saves it. Who acts, and for which organisation, is checked here
 * against our organisation and model tables and Camunda's identity store, never taken from a variable.
 */
@Service
@Transactional
public class InspectionService {

    static final String ID_PREFIX = "KTMH";
    static final String PAGE = "/models/inspections/";

    private final ModelInspectionRepository inspections;
    private final MovementModelRepository models;
    private final OrganizationGroups organizationGroups;
    private final RecordIds recordIds;
    private final InspectionSchedule schedule;
    private final RecordNotifications notifications;
    private final IdentityService identityService;
    private final EngineAsSystem engineAsSystem;

    InspectionService(ModelInspectionRepository inspections, MovementModelRepository models,
                      OrganizationGroups organizationGroups, RecordIds recordIds, InspectionSchedule schedule,
                      RecordNotifications notifications, IdentityService identityService, EngineAsSystem engineAsSystem) {
        this.inspections = inspections;
        this.models = models;
        this.organizationGroups = organizationGroups;
        this.recordIds = recordIds;
        this.schedule = schedule;
        this.notifications = notifications;
        this.identityService = identityService;
        this.engineAsSystem = engineAsSystem;
    }

    /**
     * PX05 or PTTG opens an inspection for the plan's year (a year may have a second round, e.g. to
     * re-inspect; progress counts each organisation once). Every member organisation in force is asked to select.
     */
    ModelInspection opened(String processInstanceId, Object planYear, String by) {
        requireCoordinator(by);
        int year = year(planYear);
        Instant now = ProvinceClock.now();
        Date dueAt = schedule.selectionDueAt(Date.from(now));
        List<String> members = organizationGroups.memberOrganizationsOn(ProvinceClock.today());
        return inspections.save(ModelInspection.open(recordIds.next(ID_PREFIX, year), processInstanceId, year, by, now,
                dueAt.toInstant(), members));
    }

    /** The organisation's own active model only, selected by one of its people. */
    void selected(String processInstanceId, String organization, Object modelId, String note, String by) {
        requireMemberOf(organization, by);
        MovementModel model = models.findById(modelId == null ? "" : modelId.toString())
                .filter(MovementModel::isActive).filter(found -> found.isSponsoredBy(organization))
                .orElseThrow(() -> new SubmissionRuleException("models.inspections.error.notYourModel"));
        of(processInstanceId).select(organization, model.getId(), note, by, ProvinceClock.now());
    }

    void selectionReminded(String processInstanceId, String organization) {
        of(processInstanceId).selectionReminded(organization);
    }

    void selectionEscalated(String processInstanceId, String organization) {
        of(processInstanceId).selectionEscalated(organization);
    }

    void selectionEscalationNoted(String processInstanceId, String organization, String instruction) {
        of(processInstanceId).selectionEscalationNoted(organization, instruction);
    }

    void selectionsClosed(String processInstanceId) {
        of(processInstanceId).closeSelections();
    }

    /** People of both sides (plan III.1.4), from organisations of the tree. */
    void teamProposed(String processInstanceId, List<TeamMember> team, LocalDate from, LocalDate to, String note, String by) {
        requireCoordinator(by);
        Set<Boolean> sides = new LinkedHashSet<>();
        for (TeamMember member : team) {
            Organization organization = organizationGroups.find(member.organization())
                    .filter(found -> found.isValidOn(ProvinceClock.today()))
                    .orElseThrow(() -> new SubmissionRuleException("models.inspections.error.unknownOrganization"));
            sides.add(organization.getKind().isFrontSide());
        }
        if (sides.size() < 2) {
            throw new SubmissionRuleException("models.inspections.error.bothSides");
        }
        of(processInstanceId).proposeTeam(team, from, to, note, by);
    }

    void teamApproved(String processInstanceId, String by) {
        of(processInstanceId).approveTeam(by, ProvinceClock.now());
    }

    void teamReturned(String processInstanceId, String reason) {
        of(processInstanceId).returnTeam(reason);
    }

    void findingsRecorded(String processInstanceId, String organization, Findings findings, String by) {
        requireCoordinator(by);
        LocalDate defaultDue = findings.inspectedOn() == null ? null : schedule.defaultRemediationDay(findings.inspectedOn());
        of(processInstanceId).recordFindings(organization, findings, defaultDue, by);
    }

    /** The result is announced; every organisation that sponsors an active model is told where to read it. */
    void announced(String processInstanceId, String text, String by) {
        requireCoordinator(by);
        ModelInspection inspection = of(processInstanceId);
        inspection.announce(text, by, ProvinceClock.now());
        Set<String> sponsors = new LinkedHashSet<>();
        models.findByActiveTrue().forEach(model -> sponsors.add(model.getSponsor()));
        for (String sponsor : sponsors) {
            organizationGroups.find(sponsor).map(Organization::getGroupId).ifPresent(group ->
                    usersOf(group).forEach(user -> notifications.outcome(user, inspection.id(), processInstanceId,
                            InspectionTitles.of(inspection), PAGE + inspection.id())));
        }
    }

    void remediationDone(String processInstanceId, String remediationId, String report, String by) {
        ModelInspection inspection = of(processInstanceId);
        requireMemberOf(inspection.remediation(remediationId).organization(), by);
        inspection.remediationDone(remediationId, report, by, ProvinceClock.now());
    }

    void remediationReminded(String processInstanceId, String remediationId) {
        of(processInstanceId).remediationReminded(remediationId);
    }

    void remediationEscalated(String processInstanceId, String remediationId) {
        of(processInstanceId).remediationEscalated(remediationId);
    }

    void remediationEscalationNoted(String processInstanceId, String remediationId, String instruction) {
        of(processInstanceId).remediationEscalationNoted(remediationId, instruction);
    }

    String groupOf(String organization) {
        return organizationGroups.groupOf(organization);
    }

    String escalationGroupOf(String organization) {
        return organizationGroups.escalationGroupOf(organization);
    }

    Date remediationRemindAt(Remediation remediation) {
        return schedule.remediationRemindAt(remediation.dueAt(), ProvinceClock.now());
    }

    /** With its selections, remediations and team: pages and listeners read them after this transaction. */
    @Transactional(readOnly = true)
    public ModelInspection of(String processInstanceId) {
        return loaded(inspections.findByProcessInstanceId(processInstanceId)
                .orElseThrow(() -> new IllegalStateException("No model inspection for instance " + processInstanceId)));
    }

    /** The same, empty when the instance is not an inspection's (another process's form asks every feature). */
    @Transactional(readOnly = true)
    public Optional<ModelInspection> findByInstance(String processInstanceId) {
        return inspections.findByProcessInstanceId(processInstanceId).map(InspectionService::loaded);
    }

    @Transactional(readOnly = true)
    public Optional<ModelInspection> find(String id) {
        return inspections.findById(id).map(InspectionService::loaded);
    }

    @Transactional(readOnly = true)
    public List<ModelInspection> ofYear(int year) {
        return inspections.findByPlanYearOrderByOpenedAtDesc(year).stream().map(InspectionService::loaded).toList();
    }

    // Three collections of a handful of rows each: one query apiece beats the cartesian product of a fetch join.
    @SuppressWarnings("ResultOfMethodCallIgnored")
    private static ModelInspection loaded(ModelInspection inspection) {
        inspection.selections().size();
        inspection.remediations().size();
        inspection.team().size();
        return inspection;
    }

    private void requireCoordinator(String user) {
        if (organizationGroups.coordinatorGroupOf(user).isEmpty()) {
            throw new SubmissionRuleException("models.inspections.error.notCoordinator");
        }
    }

    private void requireMemberOf(String organization, String user) {
        if (!organizationGroups.isMember(user, organizationGroups.groupOf(organization))) {
            throw new SubmissionRuleException("models.inspections.error.notYourOrganization");
        }
    }

    private List<String> usersOf(String groupId) {
        return engineAsSystem.call(() -> identityService.createUserQuery().memberOfGroup(groupId).list()
                .stream().map(User::getId).toList());
    }

    private static int year(Object value) {
        int year;
        try {
            year = value instanceof Number number ? number.intValue() : Integer.parseInt(String.valueOf(value).strip());
        } catch (NumberFormatException e) {
            throw new SubmissionRuleException("models.inspections.error.year");
        }
        int now = ProvinceClock.today().getYear();
        if (year < now - 1 || year > now + 1) {
            throw new SubmissionRuleException("models.inspections.error.year");
        }
        return year;
    }
}
