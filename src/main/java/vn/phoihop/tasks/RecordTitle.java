package vn.phoihop.tasks;

/**
 * Each process keeps a short, human label of the record it is about (the unit, the nominee) in
 * this process variable, so the task list can show and search it without knowing every feature's
 * tables. It is set by the feature that starts the process.
 */
public final class RecordTitle {

    public static final String VARIABLE = "recordTitle";

    private RecordTitle() {
    }
}
