package vn.phoihop.plans;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A numbered duty of a plan (III.1.1 …): who leads it (chủ trì) and who cooperates, how often, and what
 * fulfils it in the product: the processes that run it, the lists of its records and the dashboard
 * targets that measure it. Lists are stored comma-separated: they are codes, never user text.
 */
@Embeddable
public class PlanDuty {

    @Column(nullable = false)
    private String code;
    @Column(nullable = false)
    private String text;
    @Column(name = "lead_org", nullable = false)
    private String lead;
    @Column(nullable = false)
    private String cooperating;
    @Column(nullable = false)
    private String periodicity;
    @Column(nullable = false)
    private String processes;
    @Column(nullable = false)
    private String records;
    @Column(nullable = false)
    private String targets;
    @Column(nullable = false)
    private boolean done;
    @Column(name = "done_note")
    private String doneNote;

    protected PlanDuty() {
    }

    PlanDuty(String code, String text, String lead, List<String> cooperating, String periodicity, List<String> processes,
             List<String> records, List<String> targets) {
        this.code = code;
        this.text = text;
        this.lead = lead;
        this.cooperating = String.join(",", cooperating);
        this.periodicity = periodicity;
        this.processes = String.join(",", processes);
        this.records = String.join(",", records);
        this.targets = String.join(",", targets);
    }

    /** The same duty for another plan: its links and lead kept, not yet done. */
    PlanDuty copy() {
        return new PlanDuty(code, text, lead, cooperating(), periodicity, processes(), records(), targets());
    }

    /** The duty as a draft changed it; a new number leads where the drafter's side leads. */
    PlanDuty redrafted(String text, String periodicity) {
        PlanDuty duty = copy();
        duty.text = text;
        duty.periodicity = periodicity;
        return duty;
    }

    void assess(boolean done, String note) {
        this.done = done;
        this.doneNote = note;
    }

    private static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    public String code() {
        return code;
    }

    public String text() {
        return text;
    }

    /** The organisation that leads the duty (chủ trì), by code. */
    public String lead() {
        return lead;
    }

    public List<String> cooperating() {
        return split(cooperating);
    }

    public String periodicity() {
        return periodicity;
    }

    /** Keys of the process definitions that run the duty. */
    public List<String> processes() {
        return split(processes);
    }

    /** Portal paths of the lists of the duty's records. */
    public List<String> records() {
        return split(records);
    }

    /** Assessed done at the year's end. */
    public boolean done() {
        return done;
    }

    public String doneNote() {
        return doneNote;
    }

    /** Keys of the dashboard targets that measure the duty. */
    public List<String> targets() {
        return split(targets);
    }
}
