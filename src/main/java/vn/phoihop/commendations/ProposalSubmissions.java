package vn.phoihop.commendations;

import static vn.phoihop.commendations.CommendationProcessVariables.AWARD_FORM;
import static vn.phoihop.commendations.CommendationProcessVariables.NOMINEES;
import static vn.phoihop.commendations.CommendationProcessVariables.PROPOSING_ORGANIZATION;
import static vn.phoihop.commendations.CommendationProcessVariables.RECORD_TITLE;
import static vn.phoihop.commendations.CommendationProcessVariables.SOURCE;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.organizations.Organization;
import vn.phoihop.organizations.OrganizationRepository;
import vn.phoihop.security.EngineUser;

/**
 * Reads what the proposal and revision forms submitted into a {@link ProposalSubmission}, and the
 * one place that checks what may arrive outside the portal's forms: an organisation the proposer
 * does not belong to, an unknown award form or source, malformed nominees are refused before
 * anything is saved.
 */
@Component
class ProposalSubmissions {

    private final AwardFormRepository awardForms;
    private final OrganizationRepository organizations;
    private final ProposingSide sides;
    private final IdentityService identityService;
    private final EngineUser engineUser;

    ProposalSubmissions(AwardFormRepository awardForms, OrganizationRepository organizations, ProposingSide sides,
                        IdentityService identityService, EngineUser engineUser) {
        this.engineUser = engineUser;
        this.awardForms = awardForms;
        this.organizations = organizations;
        this.sides = sides;
        this.identityService = identityService;
    }

    /** The form's values, local to the revision task or on the instance for the start form. */
    ProposalSubmission read(VariableScope values, String proposer) {
        Organization organization = proposingOrganization(proposer, (String) values.getVariable(PROPOSING_ORGANIZATION));
        AwardForm award = awardForms.findById(String.valueOf(values.getVariable(AWARD_FORM)))
                .orElseThrow(() -> new SubmissionRuleException("commendation.error.awardForm"));
        ProposalSource source = ProposalSource.ofCode(String.valueOf(values.getVariable(SOURCE)))
                .orElseThrow(() -> new SubmissionRuleException("commendation.error.source"));
        return new ProposalSubmission(String.valueOf(values.getVariable(RECORD_TITLE)), organization.getCode(),
                sides.of(organization.getCode()), source, award, NomineeList.from(values.getVariable(NOMINEES)));
    }

    /** The user the engine acts for: set from the login on every door, never from the request's values. */
    String authenticatedUser() {
        return engineUser.current().orElseThrow(() -> new SubmissionRuleException("commendation.error.noProposer"));
    }

    /** The organisation must be one whose group the proposer belongs to, now: checked on every submission. */
    private Organization proposingOrganization(String proposer, String code) {
        List<String> groups = Context.getCommandContext().runWithoutAuthorization(() ->
                identityService.createGroupQuery().groupMember(proposer).list().stream().map(Group::getId).toList());
        return organizations.findById(code == null ? "" : code)
                .filter(organization -> organization.getGroupId() != null && groups.contains(organization.getGroupId()))
                .orElseThrow(() -> new SubmissionRuleException("commendation.error.organization"));
    }
}
