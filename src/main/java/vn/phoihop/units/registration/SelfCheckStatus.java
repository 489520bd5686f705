package vn.phoihop.units.registration;

/** Where one monthly self-check round stands. */
public enum SelfCheckStatus {
    /** The round's task waits for the unit. */
    OPEN,
    /** Done by the unit, not yet reviewed by its managing level. */
    DONE,
    /** Done and reviewed. */
    REVIEWED,
    /** Still not done when the evaluation period ended. */
    MISSED
}
