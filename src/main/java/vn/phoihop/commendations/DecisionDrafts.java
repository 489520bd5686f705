package vn.phoihop.commendations;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.phoihop.documents.DocumentNumber;
import vn.phoihop.organizations.OrganizationRepository;
import vn.phoihop.security.Colleague;
import vn.phoihop.security.EngineAsSystem;

/**
 * What the decision of an issued proposal says: the issuer's template
 * ({@code reference/decision-templates.yaml}) filled with the proposal's records as they are now,
 * and the signer, whoever completed the issuing side's approval, read from history. Called once
 * when the decision is issued ({@link DecisionFiles#keep}); afterwards only for decisions issued
 * before files were kept.
 */
@Component
class DecisionDrafts {

    static final String POLICE_APPROVAL_TASK = "Task_PoliceLeadersApprove";
    static final String FRONT_APPROVAL_TASK = "Task_FrontLeadersApprove";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final AwardFormRepository awardForms;
    private final OrganizationRepository organizations;
    private final DecisionTemplates templates;
    private final ProposingSide sides;
    private final HistoryService historyService;
    private final IdentityService identityService;
    private final EngineAsSystem engine;

    DecisionDrafts(AwardFormRepository awardForms, OrganizationRepository organizations, DecisionTemplates templates,
                   ProposingSide sides, HistoryService historyService, IdentityService identityService,
                   EngineAsSystem engine) {
        this.awardForms = awardForms;
        this.organizations = organizations;
        this.templates = templates;
        this.sides = sides;
        this.historyService = historyService;
        this.identityService = identityService;
        this.engine = engine;
    }

    /** Empty unless a numbered decision was issued. */
    Optional<DecisionContent> of(Proposal proposal) {
        if (!proposal.isIssued() || proposal.decisionSeq() == null || proposal.decisionDate() == null) {
            return Optional.empty();
        }
        AwardForm award = awardForms.findById(proposal.awardForm()).orElseThrow();
        List<DecisionContent.Nominee> awarded = proposal.nominees().stream()
                .filter(nominee -> Boolean.TRUE.equals(nominee.awarded()))
                .map(DecisionDrafts::asDecided).toList();
        if (awarded.isEmpty()) {
            return Optional.empty();
        }
        DecisionTemplate template = templates.of(proposal.decisionIssuer()).orElseThrow(() -> new IllegalStateException(
                "reference/decision-templates.yaml has no template for issuer " + proposal.decisionIssuer()));
        String proposer = organizations.findById(proposal.proposingOrg())
                .map(organization -> organization.name(VIETNAMESE)).orElse(proposal.proposingOrg());
        DecisionTemplate text = template.filled(Map.of(
                "subjects", DecisionContent.subjects(awarded),
                "award", award.name(VIETNAMESE),
                "proposer", proposer,
                "year", Integer.toString(proposal.year())));
        // The counter the number came from is the one of the year it was issued in, which for a
        // proposal sent in late December is not the proposal's year.
        DocumentNumber number = new DocumentNumber(proposal.decisionIssuer(), proposal.decisionDate().getYear(),
                proposal.decisionSeq());
        return Optional.of(new DecisionContent(text, number, proposal.decisionDate(), awarded,
                signer(proposal, award).orElse("")));
    }

    private static DecisionContent.Nominee asDecided(Nominee nominee) {
        String detail = nominee.jobTitle() == null || nominee.jobTitle().isBlank() ? nominee.organizationName()
                : nominee.jobTitle() + ", " + nominee.organizationName();
        return new DecisionContent.Nominee(nominee.name(), detail, Nominee.COLLECTIVE.equals(nominee.kind()));
    }

    /**
     * The leader of the issuing side signs: the Front's for awards its committee issues, the
     * police's otherwise (the police lead the movement and forward the ministry's and the
     * province's awards). When that side did not approve this proposal, the other side's leader is
     * the one who did.
     */
    private Optional<String> signer(Proposal proposal, AwardForm award) {
        boolean frontIssues = organizations.findById(award.getIssuerCode().toLowerCase(Locale.ROOT))
                .map(issuer -> ProposingSide.FRONT.equals(sides.of(issuer.getCode()))).orElse(false);
        List<String> order = frontIssues ? List.of(FRONT_APPROVAL_TASK, POLICE_APPROVAL_TASK)
                : List.of(POLICE_APPROVAL_TASK, FRONT_APPROVAL_TASK);
        return engine.call(() -> order.stream()
                .map(taskKey -> completedBy(proposal.processInstanceId(), taskKey))
                .flatMap(Optional::stream).findFirst()
                .map(this::displayName));
    }

    private Optional<String> completedBy(String processInstanceId, String taskKey) {
        return historyService.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(taskKey).finished().list().stream()
                .filter(task -> "completed".equals(task.getDeleteReason()))
                .max(Comparator.comparing(HistoricTaskInstance::getEndTime))
                .flatMap(task -> historyService.createUserOperationLogQuery().taskId(task.getId())
                        .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list().stream()
                        .map(UserOperationLogEntry::getUserId).filter(userId -> userId != null).findFirst()
                        .or(() -> Optional.ofNullable(task.getAssignee())));
    }

    private String displayName(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        return user == null ? userId : Colleague.of(user).name();
    }
}
