package vn.phoihop.propaganda;

/** Where a propaganda material stands. */
public enum MaterialStatus {
    AWAITING_APPROVAL, RETURNED, APPROVED, SENT
}
