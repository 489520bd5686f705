package vn.phoihop.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.documents.RecordIds;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.organizations.Organization;
import vn.phoihop.organizations.OrganizationGroups;
import vn.phoihop.organizations.OrganizationTree;
import vn.phoihop.portal.ProvinceClock;

/**
 * One method per step of {@code PlanProcess}: loads the plan, applies the step, saves it. Who acts, and
 * for which side and local level, is checked here against our organisation table and Camunda's identity
 * store, never taken from a variable.
 */
@Service
@Transactional
public class PlanService {

    static final String ID_PREFIX = "KH";
    static final String POLICE_LEADERS = "police-leaders";
    static final String FRONT_LEADERS = "front-leaders";

    private final PlanRepository plans;
    private final OrganizationGroups organizationGroups;
    private final OrganizationTree organizations;
    private final RecordIds recordIds;

    PlanService(PlanRepository plans, OrganizationGroups organizationGroups, OrganizationTree organizations, RecordIds recordIds) {
        this.plans = plans;
        this.organizationGroups = organizationGroups;
        this.organizations = organizations;
        this.recordIds = recordIds;
    }

    Plan drafted(String processInstanceId, String sourceId, int year, String number, String title, String by) {
        requireCoordinator(by);
        Plan source = plans.findById(sourceId == null ? "" : sourceId).filter(plan -> plan.status() == PlanStatus.PUBLISHED
                && plan.organization() == null).orElseThrow(() -> new SubmissionRuleException("plans.error.source"));
        LocalDate today = ProvinceClock.today();
        return plans.save(Plan.draftFrom(source, recordIds.next(ID_PREFIX, today.getYear()), processInstanceId, year, number, title, today));
    }

    void redrafted(String planId, String title, String basis, List<DutyDraft> duties, String by) {
        String drafter = organizationGroups.coordinatorGroupOf(by).flatMap(group -> organizationGroups.actingFor(List.of(group))
                .stream().findFirst()).orElseThrow(() -> new SubmissionRuleException("plans.error.notCoordinator"));
        plan(planId).redraft(title, basis, duties, drafter);
    }

    void reviewed(String planId, PlanSide side, boolean approve, String reason, String by) {
        Plan plan = plan(planId);
        if (!organizationGroups.isMember(by, approverGroup(plan, side))) {
            throw new SubmissionRuleException("plans.error.notApprover");
        }
        if (approve) {
            plan.approve(side, by);
        } else {
            plan.returnForRedraft(reason);
        }
    }

    /** Publishes the approved plan; answers the local levels (their police) of the plan's year that derive their own. */
    List<String> published(String planId) {
        Plan plan = plan(planId);
        plan.publish(ProvinceClock.now());
        LocalDate today = ProvinceClock.today();
        LocalDate day = plan.year() < today.getYear() ? LocalDate.of(plan.year(), 12, 31) : today;
        return new ArrayList<>(organizations.managingOrganizationsOn(day).stream().map(Organization::getCode).toList());
    }

    void localPublished(String parentId, String localLevel) {
        plans.findByParentIdAndOrganization(parentId, localLevel).orElseThrow(() -> new SubmissionRuleException("plans.error.notAtThisStep"))
                .publish(ProvinceClock.now());
    }

    /** The local level's plan, derived at its first draft and adapted at the next ones. */
    void derived(String parentId, String localLevel, String title, String adaptations, String by) {
        if (localGroups(localLevel).stream().noneMatch(group -> organizationGroups.isMember(by, group))) {
            throw new SubmissionRuleException("plans.error.notYourLevel");
        }
        Plan parent = plan(parentId);
        plans.findByParentIdAndOrganization(parentId, localLevel).ifPresentOrElse(local -> local.adapt(title, adaptations),
                () -> plans.save(Plan.deriveFrom(parent, recordIds.next(ID_PREFIX, ProvinceClock.today().getYear()), localLevel,
                        title, adaptations, ProvinceClock.today())));
    }

    void assessed(String planId, Map<String, Boolean> done, Map<String, String> notes, String by) {
        requireCoordinator(by);
        plan(planId).assess(done, notes);
    }

    /** The groups of a local level's police and of the Front beside it: either drafts its plan. */
    List<String> localGroups(String localLevel) {
        List<String> groups = new ArrayList<>();
        groups.add(organizationGroups.groupOf(localLevel));
        organizations.frontBeside(localLevel).map(Organization::getGroupId).ifPresent(groups::add);
        return groups;
    }

    /** Who approves for a side: the province's leaders for its plan, a local level's own leaders (or PX05, PTTG) for a local plan. */
    String approverGroup(Plan plan, PlanSide side) {
        if (plan.organization() == null) {
            return side == PlanSide.POLICE ? POLICE_LEADERS : FRONT_LEADERS;
        }
        if (side == PlanSide.POLICE) {
            return organizationGroups.leadersOr(organizationGroups.groupOf(plan.organization()), organizationGroups.coordinatorGroup(false));
        }
        return organizations.frontBeside(plan.organization()).map(front -> organizationGroups.leadersOr(front.getGroupId(),
                organizationGroups.coordinatorGroup(true))).orElse(organizationGroups.coordinatorGroup(true));
    }

    @Transactional(readOnly = true)
    public Plan plan(String planId) {
        return loaded(plans.findById(planId == null ? "" : planId).orElseThrow(() -> new IllegalStateException("No plan " + planId)));
    }

    @Transactional(readOnly = true)
    public Plan localPlan(String parentId, String localLevel) {
        return plans.findByParentIdAndOrganization(parentId, localLevel).map(PlanService::loaded)
                .orElseThrow(() -> new IllegalStateException("No plan of " + localLevel + " under " + parentId));
    }

    @Transactional(readOnly = true)
    public List<Plan> published() {
        return plans.findByStatusOrderByYearDescIssuedOnDesc(PlanStatus.PUBLISHED);
    }

    /** Read with its text and duties, for callers outside this transaction. */
    @SuppressWarnings("ResultOfMethodCallIgnored")
    static Plan loaded(Plan plan) {
        plan.items().size();
        plan.duties().size();
        return plan;
    }

    /** 17:00 on the last day of the plan's year, in the province: the duties are assessed then. */
    static Date yearEndsAt(Plan plan) {
        return Date.from(LocalDate.of(plan.year(), 12, 31).atTime(17, 0).atZone(ProvinceClock.ZONE).toInstant());
    }

    private void requireCoordinator(String user) {
        if (organizationGroups.coordinatorGroupOf(user).isEmpty()) {
            throw new SubmissionRuleException("plans.error.notCoordinator");
        }
    }
}
