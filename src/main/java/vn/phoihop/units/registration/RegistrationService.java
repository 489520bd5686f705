package vn.phoihop.units.registration;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.documents.RecordIds;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.organizations.Organization;
import vn.phoihop.organizations.OrganizationGroups;
import vn.phoihop.organizations.OrganizationRepository;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.security.EngineAsSystem;
import vn.phoihop.security.GroupGrants;
import vn.phoihop.units.Criterion;
import vn.phoihop.units.SafeUnitCriteria;
import vn.phoihop.units.Unit;
import vn.phoihop.units.UnitRegistry;

/**
 * One method per step of {@code UnitRegistrationProcess}: loads the registration by its process
 * instance, applies the step to it and saves it. Who registers, and for which unit, is checked here
 * against the unit's group in Camunda's identity store, never taken from a variable.
 */
@Service
@Transactional
public class RegistrationService {

    static final String ID_PREFIX = "DK";

    private final UnitRegistrationRepository registrations;
    private final UnitRegistry units;
    private final OrganizationRepository organizations;
    private final SafeUnitCriteria criteria;
    private final RecordIds recordIds;
    private final EngineAsSystem engineAsSystem;
    private final GroupGrants grants;
    private final OrganizationGroups organizationGroups;

    RegistrationService(UnitRegistrationRepository registrations, UnitRegistry units, OrganizationRepository organizations,
                        SafeUnitCriteria criteria, RecordIds recordIds, EngineAsSystem engineAsSystem, GroupGrants grants, OrganizationGroups organizationGroups) {
        this.registrations = registrations;
        this.units = units;
        this.organizations = organizations;
        this.criteria = criteria;
        this.recordIds = recordIds;
        this.engineAsSystem = engineAsSystem;
        this.grants = grants;
        this.organizationGroups = organizationGroups;
    }

    /** The unit must be one the user acts for, active, and not already registered for the year. */
    UnitRegistration submitted(String processInstanceId, String user, String unitCode, String commitment) {
        Unit unit = units.find(unitCode == null ? "" : unitCode)
                .filter(found -> isMember(user, found.getContactGroup()))
                .orElseThrow(() -> new SubmissionRuleException("units.registration.error.notYourUnit"));
        Instant now = ProvinceClock.now();
        int year = unit.getKind().planYearOn(ProvinceClock.today());
        if (isRegistered(unit, year)) {
            throw new SubmissionRuleException("units.registration.error.alreadyRegistered");
        }
        UnitRegistration registration = registrations.save(UnitRegistration.submit(recordIds.next(ID_PREFIX, year),
                processInstanceId, unit, year, commitment, user, now));
        letRead(registration);
        return registration;
    }

    /** A registration under way or accepted for the year; a withdrawn one lets the unit register again. */
    boolean isRegistered(Unit unit, int year) {
        return registrations.findByUnitCodeAndYear(unit.getCode(), year).stream().anyMatch(r -> r.status().counts());
    }

    void verified(String processInstanceId, boolean accepted, String comment, String by) {
        UnitRegistration registration = of(processInstanceId);
        if (accepted) {
            registration.accept(by, ProvinceClock.now());
        } else {
            registration.returnForRevision(comment, by, ProvinceClock.now());
        }
    }

    void resubmitted(String processInstanceId, String commitment) {
        of(processInstanceId).resubmit(commitment);
    }

    void withdrawn(String processInstanceId) {
        of(processInstanceId).withdraw();
    }

    SelfCheck roundOpened(String processInstanceId, Instant dueAt) {
        UnitRegistration registration = of(processInstanceId);
        SelfCheck round = registration.openRound(ProvinceClock.now(), dueAt);
        registrations.flush();
        return round;
    }

    /** Only items of the unit kind's checklist for the year may be ticked. */
    void selfCheckDone(String processInstanceId, int round, List<String> met, String note, String by) {
        UnitRegistration registration = of(processInstanceId);
        Set<String> allowed = checklist(registration).stream().map(Criterion::code).collect(Collectors.toSet());
        if (!allowed.containsAll(met)) {
            throw new SubmissionRuleException("units.registration.error.unknownCriterion");
        }
        registration.selfCheckDone(round, met, note, by, ProvinceClock.now());
    }

    void selfCheckReviewed(String processInstanceId, int round, ReviewOutcome outcome, String comment, String by) {
        of(processInstanceId).selfCheckReviewed(round, outcome, comment, by, ProvinceClock.now());
    }

    void reminded(String processInstanceId, int round) {
        of(processInstanceId).reminded(round);
    }

    void escalated(String processInstanceId, int round) {
        of(processInstanceId).escalated(round);
    }

    void escalationNoted(String processInstanceId, int round, String instruction) {
        of(processInstanceId).escalationNoted(round, instruction);
    }

    void handedOver(String processInstanceId) {
        of(processInstanceId).handOver();
    }

    /** The checklist of the unit's kind for the registration's year, as the criteria file has it. */
    List<Criterion> checklist(UnitRegistration registration) {
        Unit unit = units.find(registration.unitCode()).orElseThrow();
        return criteria.checklist(unit.getKind(), registration.year());
    }

    @Transactional(readOnly = true)
    public UnitRegistration of(String processInstanceId) {
        return registrations.findByProcessInstanceId(processInstanceId)
                .orElseThrow(() -> new IllegalStateException("No unit registration for instance " + processInstanceId));
    }

    String unitGroup(UnitRegistration registration) {
        return Unit.groupIdOf(registration.unitCode());
    }

    public String managingGroup(UnitRegistration registration) {
        return organizations.findById(registration.managingOrganization()).map(Organization::getGroupId)
                .orElseThrow(() -> new IllegalStateException("No group for " + registration.managingOrganization()));
    }

    /** The managing level's leaders where their group is set up (communes since 2025), the managing level itself otherwise. */
    public String leadersGroup(UnitRegistration registration) {
        return organizationGroups.leadersOr(managingGroup(registration), managingGroup(registration));
    }

    private boolean isMember(String user, String groupId) {
        return organizationGroups.isMember(user, groupId);
    }

    /** The unit and its managing level see the instance in Cockpit and the REST API; nobody else but the coordinators. */
    private void letRead(UnitRegistration registration) {
        engineAsSystem.call(() -> {
            for (String group : List.of(unitGroup(registration), managingGroup(registration))) {
                grants.ensure(group, Resources.PROCESS_INSTANCE, registration.processInstanceId(), List.of(Permissions.READ));
            }
            return null;
        });
    }
}
