package vn.phoihop.commendations;

import static vn.phoihop.commendations.CommendationProcessVariables.APPRAISAL_COMMENT;
import static vn.phoihop.commendations.CommendationProcessVariables.APPRAISAL_DAYS;
import static vn.phoihop.commendations.CommendationProcessVariables.APPRAISAL_OUTCOME;
import static vn.phoihop.commendations.CommendationProcessVariables.APPRAISED_NOMINEES;
import static vn.phoihop.commendations.CommendationProcessVariables.APPROVAL_NOMINEE_OPTIONS;
import static vn.phoihop.commendations.CommendationProcessVariables.APPROVED_NOMINEES;
import static vn.phoihop.commendations.CommendationProcessVariables.AWARD_FORM;
import static vn.phoihop.commendations.CommendationProcessVariables.NOMINEES;
import static vn.phoihop.commendations.CommendationProcessVariables.NOMINEE_OPTIONS;
import static vn.phoihop.commendations.CommendationProcessVariables.OUTCOME_PASS;
import static vn.phoihop.commendations.CommendationProcessVariables.PROPOSAL_ID;
import static vn.phoihop.commendations.CommendationProcessVariables.PROPOSER;
import static vn.phoihop.commendations.CommendationProcessVariables.PROPOSING_ORGANIZATION;
import static vn.phoihop.commendations.CommendationProcessVariables.PROPOSING_SIDE;
import static vn.phoihop.commendations.CommendationProcessVariables.RECORD_TITLE;
import static vn.phoihop.commendations.CommendationProcessVariables.SOURCE;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;
import vn.phoihop.documents.DocumentNumbers;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.notifications.RecordNotifications;
import vn.phoihop.organizations.Organization;
import vn.phoihop.organizations.OrganizationRepository;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.security.GroupGrants;

/**
 * Keeps the commendation tables in step with {@code CommendationProcess}: its listeners call the
 * methods below by name ({@code ${commendationRecorder.submitted(execution)}} ...), inside the
 * engine's transaction. Also the one place that checks what arrives outside the portal's forms:
 * a proposal for an organisation the proposer does not belong to, or a passed appraisal that
 * names no nominee, is refused before anything is saved.
 */
@Component("commendationRecorder")
public class CommendationRecorder {

    /** Proposal ids take their numbers from the decision counters under a name no issuer symbol has. */
    static final String PROPOSAL_COUNTER = "proposal";

    private final CommendationRecords records;
    private final AwardFormRepository awardForms;
    private final OrganizationRepository organizations;
    private final ProposingSide sides;
    private final DocumentNumbers counters;
    private final IdentityService identityService;
    private final GroupGrants grants;
    private final RecordNotifications notifications;

    CommendationRecorder(CommendationRecords records, AwardFormRepository awardForms, OrganizationRepository organizations,
                         ProposingSide sides, DocumentNumbers counters, IdentityService identityService, GroupGrants grants,
                         RecordNotifications notifications) {
        this.notifications = notifications;
        this.records = records;
        this.awardForms = awardForms;
        this.organizations = organizations;
        this.sides = sides;
        this.counters = counters;
        this.identityService = identityService;
        this.grants = grants;
    }

    /**
     * The start event, and a resubmission after a return: records what the proposer sent. Who
     * proposes is the authenticated user at the start and the record's proposer ever after; which
     * proposal is the one of this instance in our tables. Neither is read from a variable, which a
     * request could have set.
     */
    public void submitted(DelegateExecution execution) {
        Proposal existing = records.proposalOfInstance(execution.getProcessInstanceId()).orElse(null);
        String proposer = existing != null ? existing.proposerId() : authenticatedUser();
        Organization organization = proposingOrganization(proposer, (String) execution.getVariable(PROPOSING_ORGANIZATION));
        AwardForm award = awardForms.findById(String.valueOf(execution.getVariable(AWARD_FORM)))
                .orElseThrow(() -> new SubmissionRuleException("commendation.error.awardForm"));
        ProposalSource source = ProposalSource.ofCode(String.valueOf(execution.getVariable(SOURCE)))
                .orElseThrow(() -> new SubmissionRuleException("commendation.error.source"));
        List<Nominee> nominees = NomineeList.from(execution.getVariable(NOMINEES));
        String title = String.valueOf(execution.getVariable(RECORD_TITLE));
        String side = sides.of(organization.getCode());

        String id;
        if (existing == null) {
            int year = ProvinceClock.today().getYear();
            id = "KT-" + year + "-" + String.format("%04d", counters.next(PROPOSAL_COUNTER, year).number());
            records.insert(new Proposal(id, execution.getProcessInstanceId(), title, organization.getCode(), side,
                    source.code(), award.getCode(), proposer, ProposalStatus.SUBMITTED, year, null, null, null, null,
                    null, null, null));
            execution.setProcessBusinessKey(id);
            execution.setVariable(PROPOSAL_ID, id);
        } else {
            id = existing.id();
            records.updateSubmission(id, title, organization.getCode(), side, source.code(), award.getCode());
        }
        // again on a resubmission, which may name another of the proposer's organisations
        letOrganizationRead(organization, execution.getProcessInstanceId());
        records.replaceNominees(id, nominees);
        // Copies for the model's assignee expression and the timers, written from the record only.
        execution.setVariable(PROPOSER, proposer);
        execution.setVariable(PROPOSING_SIDE, side);
        execution.setVariable(APPRAISAL_DAYS, award.getAppraisalDays());
        execution.setVariable(NOMINEE_OPTIONS, NomineeList.options(nominees));
    }

    /**
     * An execution listener on the steps and end events that change where the proposal stands. A
     * rejection ends the proposal without a task for the proposer, so they are told here; the other
     * outcomes reach them as a task (returned) or from the decision step.
     */
    public void status(DelegateExecution execution, String status) {
        ProposalStatus next = ProposalStatus.valueOf(status);
        Proposal proposal = proposalOf(execution);
        records.status(proposal.id(), next);
        if (next == ProposalStatus.RETURNED) {
            // The revision task is assigned from this copy right after: refresh it from the record.
            execution.setVariable(PROPOSER, proposal.proposerId());
        }
        if (next == ProposalStatus.REJECTED) {
            notifications.outcome(proposal.proposerId(), proposal.id(), execution.getProcessInstanceId(),
                    proposal.title(), CommendationPages.detail(proposal.id()));
        }
    }

    /** Completing the appraisal: which nominees PX05 found right in subject and achievement. */
    public void appraised(DelegateTask task) {
        String id = proposalOf(task.getExecution()).id();
        Set<Integer> passed = positions(task.getVariable(APPRAISED_NOMINEES));
        if (OUTCOME_PASS.equals(task.getVariable(APPRAISAL_OUTCOME)) && passed.isEmpty()) {
            throw new SubmissionRuleException("commendation.error.noneAppraised");
        }
        records.appraised(id, (String) task.getVariable(APPRAISAL_COMMENT), passed);
        task.getExecution().setVariable(APPROVAL_NOMINEE_OPTIONS, NomineeList.options(
                records.nominees(id).stream().filter(nominee -> passed.contains(nominee.position())).toList()));
    }

    /** Completing one side's approval: the nominees its leader approved; the others are refused. */
    public void approved(DelegateTask task, String side) {
        records.approved(proposalOf(task.getExecution()).id(), side, positions(task.getVariable(APPROVED_NOMINEES)));
    }

    /**
     * The portal's checklists post nominee positions as a list of strings; the REST API, which
     * cannot send a list without a serialization plugin, may send them comma-separated. Anything
     * else is not a nominee.
     */
    static Set<Integer> positions(Object selected) {
        Set<Integer> positions = new TreeSet<>();
        Collection<?> items = selected instanceof Collection<?> list ? list
                : selected instanceof String text ? List.of(text.split(",")) : List.of();
        for (Object item : items) {
            try {
                positions.add(Integer.parseInt(String.valueOf(item).strip()));
            } catch (NumberFormatException notANominee) {
                // ignored: only the listed positions can match a nominee row
            }
        }
        return positions;
    }

    /** The proposal of this instance, from our tables: never from a variable a request could have set. */
    Proposal proposalOf(DelegateExecution execution) {
        return records.proposalOfInstance(execution.getProcessInstanceId())
                .orElseThrow(() -> new IllegalStateException("No proposal for instance " + execution.getProcessInstanceId()));
    }

    /** The user the engine acts for: set from the login on every door, never from the request's values. */
    private String authenticatedUser() {
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication == null || authentication.getUserId() == null) {
            throw new SubmissionRuleException("commendation.error.noProposer");
        }
        return authentication.getUserId();
    }

    /** The organisation must be one whose group the proposer belongs to, now: checked on every submission. */
    private Organization proposingOrganization(String proposer, String code) {
        List<String> groups = Context.getCommandContext().runWithoutAuthorization(() ->
                identityService.createGroupQuery().groupMember(proposer).list().stream().map(Group::getId).toList());
        return organizations.findById(code == null ? "" : code)
                .filter(organization -> organization.getGroupId() != null && groups.contains(organization.getGroupId()))
                .orElseThrow(() -> new SubmissionRuleException("commendation.error.organization"));
    }

    /**
     * The proposing organisation's group may read this instance through the REST API and
     * Cockpit, and no other proposal's: member organisations see their own proposals only.
     */
    private void letOrganizationRead(Organization organization, String processInstanceId) {
        Context.getCommandContext().runWithoutAuthorization(() ->
                grants.ensure(organization.getGroupId(), Resources.PROCESS_INSTANCE, processInstanceId, List.of(Permissions.READ)));
    }
}
