package vn.phoihop.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A coordination plan as a record: its number and symbol, date and place, parties and signers, the
 * items of its sections and its numbered duties, each linked to what fulfils it.
 */
@Entity
@Table(name = "plan")
public class Plan {

    private static final String LINES = "\n";

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
