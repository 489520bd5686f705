package vn.phoihop.organizations;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.security.EngineAsSystem;

/**
 * The Camunda groups that act for organisations, read from the organisation table: who works on an
 * organisation's step, whom an overdue step of it goes to, and which organisations a user's groups
 * speak for. Identity comes from here and the login, never from a process variable.
 */
@Component
public class OrganizationGroups {

    private final OrganizationRepository organizations;
    private final IdentityService identityService;
    private final EngineAsSystem engineAsSystem;

    OrganizationGroups(OrganizationRepository organizations, IdentityService identityService, EngineAsSystem engineAsSystem) {
        this.organizations = organizations;
        this.identityService = identityService;
        this.engineAsSystem = engineAsSystem;
    }

    /** The group of the organisation; an organisation without one cannot be given a step. */
    public String groupOf(String code) {
        return organizations.findById(code == null ? "" : code).map(Organization::getGroupId)
                .orElseThrow(() -> new IllegalStateException("No group acts for organisation " + code));
    }

    /** The leaders' group of a group where it is set up ({@link Organization#leadersGroupOf}), the fallback otherwise. */
    public String leadersOr(String groupId, String fallback) {
        String leaders = Organization.leadersGroupOf(groupId);
        boolean exists = engineAsSystem.call(() -> identityService.createGroupQuery().groupId(leaders).count() > 0);
        return exists ? leaders : fallback;
    }

    /**
     * Where an overdue step of the organisation goes: its leaders where their group is set up,
     * otherwise the plan's coordinating department of its side (PTTG for the Front's, PX05 for the police's).
     */
    public String escalationGroupOf(String code) {
        Organization organization = organizations.findById(code == null ? "" : code)
                .orElseThrow(() -> new IllegalStateException("No organisation " + code));
        return leadersOr(organization.getGroupId(), coordinatorGroup(organization.getKind().isFrontSide()));
    }

    /** The group of PTTG (Front side) or of PX05 (police side), from the organisations in force today. */
    public String coordinatorGroup(boolean frontSide) {
        OrganizationKind kind = frontSide ? OrganizationKind.FRONT_DEPARTMENT : OrganizationKind.POLICE_DIVISION;
        LocalDate today = ProvinceClock.today();
        return organizations.findAllByOrderBySortOrder().stream()
                .filter(organization -> organization.getKind() == kind && organization.isValidOn(today))
                .map(Organization::getGroupId).filter(java.util.Objects::nonNull).findFirst()
                .orElseThrow(() -> new IllegalStateException("No coordinating department of kind " + kind));
    }

    /** PX05's group or PTTG's, whichever the user belongs to: the plan's two coordinating departments. */
    public Optional<String> coordinatorGroupOf(String userId) {
        for (boolean frontSide : new boolean[] {false, true}) {
            String group = coordinatorGroup(frontSide);
            if (isMember(userId, group)) {
                return Optional.of(group);
            }
        }
        return Optional.empty();
    }

    /**
     * The provincial bodies the two coordinating departments belong to (the Police's, then the
     * Front's), in capitals, as a joint document of the two sides names its issuers.
     */
    public List<String> coordinatingBodies() {
        List<String> lines = new java.util.ArrayList<>();
        for (boolean frontSide : new boolean[] {false, true}) {
            actingFor(List.of(coordinatorGroup(frontSide))).stream().findFirst()
                    .flatMap(this::find).map(Organization::getParentCode).flatMap(this::find)
                    .ifPresent(body -> lines.add(body.getNameVi().toUpperCase(java.util.Locale.forLanguageTag("vi"))));
        }
        return lines;
    }

    /** The member organisations in force on the day, in the order of the reference data. */
    public List<String> memberOrganizationsOn(LocalDate day) {
        return organizations.findAllByOrderBySortOrder().stream()
                .filter(organization -> organization.getKind() == OrganizationKind.MEMBER_ORGANIZATION && organization.isValidOn(day))
                .map(Organization::getCode).toList();
    }

    /** The organisations the groups act for, as staff or as their leaders. */
    public Set<String> actingFor(Collection<String> groupIds) {
        Set<String> codes = new LinkedHashSet<>();
        for (Organization organization : organizations.findAllByOrderBySortOrder()) {
            String group = organization.getGroupId();
            if (group != null && (groupIds.contains(group) || groupIds.contains(Organization.leadersGroupOf(group)))) {
                codes.add(organization.getCode());
            }
        }
        return codes;
    }

    /**
     * The organisations the user the engine acts for in this request works for (set for the portal
     * and the REST API alike): what a form's own-records list offers. Empty outside a request.
     */
    public Set<String> actingForEngineUser() {
        var current = identityService.getCurrentAuthentication();
        return current == null || current.getGroupIds() == null ? Set.of() : actingFor(current.getGroupIds());
    }

    /** Whether the user belongs to the group, by Camunda's identity store. */
    public boolean isMember(String userId, String groupId) {
        return userId != null && groupId != null && engineAsSystem.call(() ->
                identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0);
    }

    public Optional<Organization> find(String code) {
        return code == null ? Optional.empty() : organizations.findById(code);
    }
}
