package vn.phoihop.models.inspections;

import static vn.phoihop.forms.FormTexts.optional;
import static vn.phoihop.forms.FormTexts.required;
import static vn.phoihop.models.inspections.InspectionTexts.LONG;
import static vn.phoihop.models.inspections.InspectionTexts.MEDIUM;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.phoihop.forms.SubmissionRuleException;

/**
 * A year's inspection of one model per member organisation (plan III.1.4, III.2.4): the selections,
 * the working team and its approval, the findings per model, the announcement, and the remediation
 * of every weakness. Its rules live here; steps call it through {@link InspectionService}.
 */
@Entity
@Table(name = "model_inspection")
public class ModelInspection {

    static final int MAX_TEAM = 30;

    @Id
    private String id;
    @Column(name = "process_instance_id", nullable = false, unique = true)
    private String processInstanceId;
    @Column(name = "plan_year", nullable = false)
    private int planYear;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InspectionStatus status;
    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;
    @Column(name = "opened_by", nullable = false)
    private String openedBy;
    @Column(name = "selection_due_at", nullable = false)
    private Instant selectionDueAt;
    @Column(name = "inspect_from")
    private LocalDate inspectFrom;
    @Column(name = "inspect_to")
    private LocalDate inspectTo;
    @Column(name = "team_note")
    private String teamNote;
    @Column(name = "team_proposed_by")
    private String teamProposedBy;
    @Column(name = "team_return_reason")
    private String teamReturnReason;
    @Column(name = "team_approved_by")
    private String teamApprovedBy;
    @Column(name = "team_approved_at")
    private Instant teamApprovedAt;
    private String announcement;
    @Column(name = "announced_by")
    private String announcedBy;
    @Column(name = "announced_at")
    private Instant announcedAt;
    @Version
    private Long version;

    @OneToMany(mappedBy = "inspection", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("organization")
    private List<ModelSelection> selections = new ArrayList<>();
    @OneToMany(mappedBy = "inspection", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Remediation> remediations = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "model_inspection_team", joinColumns = @JoinColumn(name = "inspection_id"))
    @OrderColumn(name = "position")
    private List<TeamMember> team = new ArrayList<>();

    protected ModelInspection() {
    }

    static ModelInspection open(String id, String processInstanceId, int planYear, String openedBy, Instant openedAt,
                                Instant selectionDueAt, List<String> memberOrganizations) {
        if (memberOrganizations.isEmpty()) {
            throw new SubmissionRuleException("models.inspections.error.noMembers");
        }
        ModelInspection inspection = new ModelInspection();
        inspection.id = id;
        inspection.processInstanceId = processInstanceId;
        inspection.planYear = planYear;
        inspection.openedBy = openedBy;
        inspection.openedAt = openedAt;
        inspection.selectionDueAt = selectionDueAt;
        inspection.status = InspectionStatus.SELECTING;
        memberOrganizations.forEach(code -> inspection.selections.add(new ModelSelection(inspection, code)));
        return inspection;
    }

    void select(String organization, String modelId, String note, String by, Instant at) {
        requireStatus(InspectionStatus.SELECTING, "models.inspections.error.selectionClosed");
        selection(organization).select(modelId, note, by, at);
    }

    void selectionReminded(String organization) {
        selection(organization).chase().remind();
    }

    void selectionEscalated(String organization) {
        selection(organization).chase().escalate();
    }

    void selectionEscalationNoted(String organization, String instruction) {
        selection(organization).chase().noteEscalation(instruction, "models.inspections.error.instruction");
    }

    /** The organisations that have not selected are noted as missing; the team is proposed for the others. */
    void closeSelections() {
        requireStatus(InspectionStatus.SELECTING, "models.inspections.error.selectionClosed");
        selections.forEach(ModelSelection::closeIfPending);
        status = InspectionStatus.TEAM_PROPOSING;
    }

    void proposeTeam(List<TeamMember> members, LocalDate from, LocalDate to, String note, String by) {
        requireStatus(InspectionStatus.TEAM_PROPOSING, "models.inspections.error.teamClosed");
        if (members.isEmpty() || members.size() > MAX_TEAM) {
            throw new SubmissionRuleException("models.inspections.error.team");
        }
        if (from == null || to == null || to.isBefore(from)) {
            throw new SubmissionRuleException("models.inspections.error.period");
        }
        team.clear();
        team.addAll(members);
        inspectFrom = from;
        inspectTo = to;
        teamNote = optional(note, MEDIUM, "models.inspections.error.tooLong");
        teamProposedBy = by;
        status = InspectionStatus.TEAM_PROPOSED;
    }

    void returnTeam(String reason) {
        requireStatus(InspectionStatus.TEAM_PROPOSED, "models.inspections.error.teamClosed");
        teamReturnReason = required(reason, MEDIUM, "models.inspections.error.returnReason");
        status = InspectionStatus.TEAM_PROPOSING;
    }

    void approveTeam(String by, Instant at) {
        requireStatus(InspectionStatus.TEAM_PROPOSED, "models.inspections.error.teamClosed");
        teamApprovedBy = by;
        teamApprovedAt = at;
        teamReturnReason = null;
        status = InspectionStatus.INSPECTING;
    }

    /** The team's findings on an organisation's model; each weakness becomes a planned remediation. */
    void recordFindings(String organization, Findings findings, LocalDate defaultDueOn, String by) {
        requireStatus(InspectionStatus.INSPECTING, "models.inspections.error.notInspecting");
        if (findings.weaknesses().size() > Findings.MAX_WEAKNESSES) {
            throw new SubmissionRuleException("models.inspections.error.weakness");
        }
        ModelSelection selection = selection(organization);
        if (findings.inspectedOn() != null && (findings.inspectedOn().isBefore(inspectFrom) || findings.inspectedOn().isAfter(inspectTo))) {
            throw new SubmissionRuleException("models.inspections.error.inspectedOn");
        }
        selection.inspected(findings.inspectedOn(), findings.strengths(), findings.recommendations(), by);
        for (Findings.Weakness weakness : findings.weaknesses()) {
            String content = required(weakness.content(), MEDIUM, "models.inspections.error.weakness");
            LocalDate dueOn = weakness.dueOn() != null ? weakness.dueOn() : defaultDueOn;
            if (dueOn.isBefore(findings.inspectedOn())) {
                throw new SubmissionRuleException("models.inspections.error.weaknessDue");
            }
            remediations.add(new Remediation(this, remediations.size() + 1, selection, content, dueOn));
        }
    }

    /** The result goes to every model; the weaknesses' remediations open. */
    void announce(String text, String by, Instant at) {
        requireStatus(InspectionStatus.INSPECTING, "models.inspections.error.notInspecting");
        if (selections.stream().anyMatch(selection -> selection.status() == SelectionStatus.SELECTED)) {
            throw new SubmissionRuleException("models.inspections.error.findingsMissing");
        }
        announcement = required(text, LONG, "models.inspections.error.announcement");
        announcedBy = by;
        announcedAt = at;
        status = InspectionStatus.ANNOUNCED;
        remediations.forEach(Remediation::open);
    }

    void remediationDone(String remediationId, String report, String by, Instant at) {
        remediation(remediationId).done(report, by, at);
    }

    void remediationReminded(String remediationId) {
        remediation(remediationId).chase().remind();
    }

    void remediationEscalated(String remediationId) {
        remediation(remediationId).chase().escalate();
    }

    void remediationEscalationNoted(String remediationId, String instruction) {
        remediation(remediationId).chase().noteEscalation(instruction, "models.inspections.error.instruction");
    }

    public ModelSelection selection(String organization) {
        return selections.stream().filter(selection -> selection.organization().equals(organization)).findFirst()
                .orElseThrow(() -> new SubmissionRuleException("models.inspections.error.notAsked"));
    }

    public Remediation remediation(String remediationId) {
        return remediations.stream().filter(remediation -> remediation.id().equals(remediationId)).findFirst()
                .orElseThrow(() -> new SubmissionRuleException("models.inspections.error.notAsked"));
    }

    /** The organisations whose model the team inspects: those that selected one. */
    public List<String> selectedOrganizations() {
        return selections.stream().filter(selection -> selection.modelId() != null).map(ModelSelection::organization).toList();
    }

    public boolean isAnnounced() {
        return status == InspectionStatus.ANNOUNCED;
    }

    private void requireStatus(InspectionStatus expected, String messageKey) {
        if (status != expected) {
            throw new SubmissionRuleException(messageKey);
        }
    }

    public String id() {
        return id;
    }

    public String processInstanceId() {
        return processInstanceId;
    }

    public int planYear() {
        return planYear;
    }

    public InspectionStatus status() {
        return status;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public String openedBy() {
        return openedBy;
    }

    public Instant selectionDueAt() {
        return selectionDueAt;
    }

    public LocalDate inspectFrom() {
        return inspectFrom;
    }

    public LocalDate inspectTo() {
        return inspectTo;
    }

    public String teamNote() {
        return teamNote;
    }

    public String teamProposedBy() {
        return teamProposedBy;
    }

    public String teamReturnReason() {
        return teamReturnReason;
    }

    public String teamApprovedBy() {
        return teamApprovedBy;
    }

    public String announcement() {
        return announcement;
    }

    public String announcedBy() {
        return announcedBy;
    }

    public Instant announcedAt() {
        return announcedAt;
    }

    public List<ModelSelection> selections() {
        return Collections.unmodifiableList(selections);
    }

    public List<Remediation> remediations() {
        return Collections.unmodifiableList(remediations);
    }

    public List<TeamMember> team() {
        return Collections.unmodifiableList(team);
    }
}
