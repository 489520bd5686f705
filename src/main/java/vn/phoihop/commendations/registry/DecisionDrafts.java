package vn.phoihop.commendations.registry;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.phoihop.commendations.AwardForm;
import vn.phoihop.commendations.AwardFormRepository;
import vn.phoihop.commendations.DecisionContent;
import vn.phoihop.commendations.Nominee;
import vn.phoihop.commendations.Proposal;
import vn.phoihop.commendations.ProposingSide;
import vn.phoihop.documents.DocumentNumber;
import vn.phoihop.organizations.OrganizationRepository;
import vn.phoihop.security.Colleague;
import vn.phoihop.security.EngineAsSystem;

/**
 * What the decision of an issued proposal says, rebuilt from the records each time it is
 * downloaded: the tables are the truth (a corrected nominee name shows in the next download),
 * and the signer is whoever completed the issuing side's approval, read from history.
 */
@Component
class DecisionDrafts {

    static final String PLACE = "Tây Ninh";
    static final String POLICE_APPROVAL_TASK = "Task_PoliceLeadersApprove";
    static final String FRONT_APPROVAL_TASK = "Task_FrontLeadersApprove";
    static final List<String> RECIPIENTS = List.of("Như Điều 2;", "Đơn vị đề nghị;", "Lưu: VT, PX05.");
    private static final String SUMMARY = "Về việc tặng %s cho các tập thể, cá nhân có thành tích trong phong trào"
            + " toàn dân bảo vệ an ninh Tổ quốc";
    private static final String REASON = "Đã có thành tích trong phong trào toàn dân bảo vệ an ninh Tổ quốc năm %d";

    private final AwardFormRepository awardForms;
    private final OrganizationRepository organizations;
    private final ProposingSide sides;
    private final HistoryService historyService;
    private final IdentityService identityService;
    private final EngineAsSystem engine;

    DecisionDrafts(AwardFormRepository awardForms, OrganizationRepository organizations,
                   ProposingSide sides, HistoryService historyService, IdentityService identityService,
                   EngineAsSystem engine) {
        this.awardForms = awardForms;
        this.organizations = organizations;
        this.sides = sides;
        this.historyService = historyService;
        this.identityService = identityService;
        this.engine = engine;
    }

    /** Empty unless a numbered decision was issued; the caller has checked the user may see the proposal. */
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
        // The counter the number came from is the one of the year it was issued in, which for a
        // proposal sent in late December is not the proposal's year.
        DocumentNumber number = new DocumentNumber(proposal.decisionIssuer(), proposal.decisionDate().getYear(),
                proposal.decisionSeq());
        String awardName = award.name(Locale.forLanguageTag("vi"));
        return Optional.of(new DecisionContent(award.getIssuingBody(), proposal.decisionIssuer(), number,
                proposal.decisionDate(), PLACE, SUMMARY.formatted(awardName), awardName,
                REASON.formatted(proposal.year()), awarded, award.getSignerTitle(),
                signer(proposal, award).orElse(""), RECIPIENTS));
    }

    private static DecisionContent.Nominee asDecided(Nominee nominee) {
        String detail = nominee.jobTitle() == null || nominee.jobTitle().isBlank() ? nominee.organizationName()
                : nominee.jobTitle() + ", " + nominee.organizationName();
        return new DecisionContent.Nominee(nominee.name(), detail);
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
