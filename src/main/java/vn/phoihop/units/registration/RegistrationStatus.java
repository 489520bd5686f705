package vn.phoihop.units.registration;

/** Where a unit's registration for a year stands. */
public enum RegistrationStatus {
    /** Sent by the unit, waiting for its managing level. */
    SUBMITTED,
    /** Sent back by the managing level with a reason. */
    RETURNED,
    /** Accepted: the monthly self-checks run until the end of the evaluation period. */
    ACCEPTED,
    /** Withdrawn by the unit after a return; a new registration for the year may follow. */
    WITHDRAWN,
    /** The period ended and the year-end dossier went to recognition. */
    HANDED_OVER;

    boolean counts() {
        return this != WITHDRAWN;
    }
}
