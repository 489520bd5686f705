package vn.phoihop.models.inspections;

/** A member organisation's part of an inspection. */
public enum SelectionStatus {
    /** Asked to select one of its models. */
    PENDING,
    /** Selected a model, waiting for the team. */
    SELECTED,
    /** Did not select before the selection closed. */
    MISSED,
    /** The team recorded its findings on the model. */
    INSPECTED
}
