package vn.phoihop.tasks;

/**
 * Each process keeps a short, human label of the record it is about (the unit, the nominee) in
 * this process variable, so the task list can show and search it without knowing every feature's
 * tables. It is set by the feature that starts the process.
 */
public final class RecordTitle {

    public static final String VARIABLE = "recordTitle";

    /**
     * The document number the record is known by once it has one ("01/QĐ-CAT", "02/TTr-MTTQ"), a
     * process variable of the instance like the title: the task list finds its tasks by it, as
     * people type it ("01/qd-cat"). Set by the feature's step that gives the number.
     */
    public static final String NUMBER_VARIABLE = "recordNumber";

    private RecordTitle() {
    }
}
