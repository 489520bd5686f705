package vn.phoihop.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.phoihop.forms.FormTexts;
import vn.phoihop.forms.SubmissionRuleException;

/**
 * A coordination plan as a record: its number and symbol, date and place, parties and signers, the
 * items of its sections and its numbered duties, each linked to what fulfils it.
 */
@Entity
@Table(name = "plan")
public class Plan {

    private static final String LINES = "\n";
    static final int MAX_TEXT = 8000;
    static final int FIRST_YEAR = 2023;

    @Id
    private String id;
    @Column(nullable = false)
    private String number;
    @Column(nullable = false)
    private String symbol;
    @Column(nullable = false)
    private String title;
    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;
    @Column(nullable = false)
    private String place;
    @Column(name = "plan_year", nullable = false)
    private int year;
    private String basis;
    /** One party per line. */
    @Column(nullable = false)
    private String parties;
    /** One signer per line: the titles, then the name, separated by " | ". */
    @Column(nullable = false)
    private String signers;
    private String footnote;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStatus status = PlanStatus.PUBLISHED;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    /** The local level (its police) whose plan this is; null for the province's. */
    private String organization;
    @Column(name = "parent_id")
    private String parentId;
    @Column(name = "police_approved_by")
    private String policeApprovedBy;
    @Column(name = "front_approved_by")
    private String frontApprovedBy;
    @Column(name = "return_reason")
    private String returnReason;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Version
    private Long version;
    @ElementCollection
    @CollectionTable(name = "plan_item", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<PlanItem> items = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "plan_duty", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<PlanDuty> duties = new ArrayList<>();

    protected Plan() {
    }

    Plan(PlanRow row) {
        this.id = row.id();
        updateFrom(row);
    }

    /**
     * A new plan for the year copied from a published one, its template: its text and duties, the duties'
     * links and leads. Any year of the product (from 2023) up to next year: a province may enter an earlier
     * year's plan from the current one.
     */
    static Plan draftFrom(Plan source, String id, String processInstanceId, int year, String number, String title, LocalDate today) {
        if (year < FIRST_YEAR || year > today.getYear() + 1) {
            throw new SubmissionRuleException("plans.error.year");
        }
        Plan plan = copyOf(source, id, processInstanceId);
        plan.number = FormTexts.required(number, 16, "plans.error.number");
        plan.title = FormTexts.required(title, 1000, "plans.error.title");
        plan.year = year;
        plan.issuedOn = today;
        return plan;
    }

    /** A local level's plan derived from the published province's plan. */
    static Plan deriveFrom(Plan parent, String id, String organization, String title, String adaptations, LocalDate today) {
        if (parent.status != PlanStatus.PUBLISHED) {
            throw new SubmissionRuleException("plans.error.notPublished");
        }
        Plan plan = copyOf(parent, id, parent.processInstanceId);
        plan.organization = organization;
        plan.parentId = parent.id;
        plan.number = "";
        plan.issuedOn = today;
        plan.adapt(title, adaptations);
        return plan;
    }

    private static Plan copyOf(Plan source, String id, String processInstanceId) {
        Plan plan = new Plan();
        plan.id = id;
        plan.processInstanceId = processInstanceId;
        plan.symbol = source.symbol;
        plan.title = source.title;
        plan.year = source.year;
        plan.place = source.place;
        plan.basis = source.basis;
        plan.parties = source.parties;
        plan.signers = source.signers;
        plan.footnote = source.footnote;
        plan.items.addAll(source.items);
        source.duties.forEach(duty -> plan.duties.add(duty.copy()));
        plan.status = PlanStatus.DRAFT;
        return plan;
    }

    /** The drafters' text: title, basis and duties. A duty kept by its number keeps its links; a new one is led by the drafter's side. */
    void redraft(String title, String basis, List<DutyDraft> drafts, String drafterOrganization) {
        requireDraft();
        if (drafts.isEmpty()) {
            throw new SubmissionRuleException("plans.error.duties");
        }
        List<PlanDuty> redrafted = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (DutyDraft draft : drafts) {
            String code = FormTexts.required(draft.code(), 16, "plans.error.duties");
            if (!codes.add(code)) {
                throw new SubmissionRuleException("plans.error.duplicateDuty");
            }
            String text = FormTexts.required(draft.text(), MAX_TEXT, "plans.error.duties");
            String periodicity = FormTexts.required(draft.periodicity(), 255, "plans.error.duties");
            redrafted.add(duty(code).map(kept -> kept.redrafted(text, periodicity))
                    .orElseGet(() -> new PlanDuty(code, text, drafterOrganization, List.of(), periodicity, List.of(), List.of(), List.of())));
        }
        this.title = FormTexts.required(title, 1000, "plans.error.title");
        this.basis = FormTexts.optional(basis, 4000, "plans.error.basis");
        duties.clear();
        duties.addAll(redrafted);
        submitForApproval();
    }

    /** The local level's title and what it adapts (its own basis). */
    void adapt(String title, String adaptations) {
        requireDraft();
        this.title = FormTexts.required(title, 1000, "plans.error.title");
        this.basis = FormTexts.required(adaptations, 4000, "plans.error.basis");
        submitForApproval();
    }

    private void submitForApproval() {
        policeApprovedBy = null;
        frontApprovedBy = null;
        status = PlanStatus.AWAITING_APPROVAL;
    }

    private void requireDraft() {
        if (status != PlanStatus.DRAFT && status != PlanStatus.RETURNED && status != PlanStatus.AWAITING_APPROVAL) {
            throw new SubmissionRuleException("plans.error.notAtThisStep");
        }
    }

    /** One side's leaders approve; the plan is published once both have, by {@link #publish}. */
    void approve(PlanSide side, String by) {
        requireAwaiting();
        if (side == PlanSide.POLICE) {
            policeApprovedBy = by;
        } else {
            frontApprovedBy = by;
        }
    }

    /** One side's leaders return the draft: whatever the other side decides, it is drafted again. */
    void returnForRedraft(String reason) {
        if (status != PlanStatus.AWAITING_APPROVAL && status != PlanStatus.RETURNED) {
            throw new SubmissionRuleException("plans.error.notAtThisStep");
        }
        returnReason = FormTexts.required(reason, 2000, "plans.error.returnReason");
        status = PlanStatus.RETURNED;
    }

    private void requireAwaiting() {
        if (status != PlanStatus.AWAITING_APPROVAL && status != PlanStatus.RETURNED) {
            throw new SubmissionRuleException("plans.error.notAtThisStep");
        }
    }

    public boolean approvedByBoth() {
        return status == PlanStatus.AWAITING_APPROVAL && policeApprovedBy != null && frontApprovedBy != null;
    }

    void publish(Instant at) {
        if (!approvedByBoth()) {
            throw new SubmissionRuleException("plans.error.notAtThisStep");
        }
        returnReason = null;
        publishedAt = at;
        status = PlanStatus.PUBLISHED;
    }

    /** The year-end assessment: each duty named done or not, with a note. */
    void assess(Map<String, Boolean> done, Map<String, String> notes) {
        if (status != PlanStatus.PUBLISHED) {
            throw new SubmissionRuleException("plans.error.notPublished");
        }
        for (String code : done.keySet()) {
            duty(code).orElseThrow(() -> new SubmissionRuleException("plans.error.unknownDuty"))
                    .assess(done.get(code), FormTexts.optional(notes.get(code), 2000, "plans.error.note"));
        }
    }

    final void updateFrom(PlanRow row) {
        number = row.number();
        symbol = row.symbol();
        title = row.title();
        issuedOn = LocalDate.parse(row.issuedOn());
        place = row.place();
        year = row.year();
        basis = row.basis();
        parties = String.join(LINES, row.parties());
        signers = String.join(LINES, row.signers().stream().map(signer -> String.join(" | ", signer.titles()) + " | " + signer.name()).toList());
        footnote = row.footnote();
        items.clear();
        for (PlanRow.Section section : row.sections()) {
            section.items().forEach(item -> items.add(new PlanItem(section.code(), section.title(), item.code(), item.text())));
        }
        duties.clear();
        row.duties().forEach(duty -> duties.add(new PlanDuty(duty.code(), duty.text(), duty.lead(), duty.cooperating(), duty.periodicity(),
                duty.processes(), duty.records(), duty.targets())));
    }

    /** "100/KHPH-CA-MTTQ" */
    public String numberAndSymbol() {
        return number + "/" + symbol;
    }

    public Optional<PlanDuty> duty(String code) {
        return duties.stream().filter(duty -> duty.code().equals(code)).findFirst();
    }

    /** The items of one section, in order. */
    public List<PlanItem> section(String sectionCode) {
        return items.stream().filter(item -> item.sectionCode().equals(sectionCode)).toList();
    }

    /** The sections' codes in order, each once. */
    public List<String> sectionCodes() {
        return items.stream().map(PlanItem::sectionCode).distinct().toList();
    }

    public String id() {
        return id;
    }

    public PlanStatus status() {
        return status;
    }

    public String processInstanceId() {
        return processInstanceId;
    }

    public String organization() {
        return organization;
    }

    public String parentId() {
        return parentId;
    }

    public String policeApprovedBy() {
        return policeApprovedBy;
    }

    public String frontApprovedBy() {
        return frontApprovedBy;
    }

    public String returnReason() {
        return returnReason;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public long dutiesDone() {
        return duties.stream().filter(PlanDuty::done).count();
    }

    public String title() {
        return title;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public String place() {
        return place;
    }

    public int year() {
        return year;
    }

    public String basis() {
        return basis;
    }

    public List<String> parties() {
        return Arrays.asList(parties.split(LINES));
    }

    /** Each signer's lines: the titles, then the name. */
    public List<List<String>> signers() {
        return Arrays.stream(signers.split(LINES)).map(line -> Arrays.asList(line.split(" \\| "))).toList();
    }

    public String footnote() {
        return footnote;
    }

    public List<PlanItem> items() {
        return Collections.unmodifiableList(items);
    }

    public List<PlanDuty> duties() {
        return Collections.unmodifiableList(duties);
    }
}
