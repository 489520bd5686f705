package vn.phoihop.plans;

/** Where a plan stands: drafted, waiting for both sides' approval, returned by a side, published. */
public enum PlanStatus {
    DRAFT,
    AWAITING_APPROVAL,
    RETURNED,
    PUBLISHED
}
