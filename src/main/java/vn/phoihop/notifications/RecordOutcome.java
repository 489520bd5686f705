package vn.phoihop.notifications;

/**
 * How a record came to an end, as {@link RecordNotifications#outcome} tells its proposer; the
 * message key {@code notifications.outcome.<name>} says it, with the detail (a decision number) as
 * its argument. Words any process can use, not one process's states.
 */
public enum RecordOutcome {
    /** A decision was issued; detail: its number, e.g. "05/QĐ-CAT". */
    ISSUED,
    /** A decision was issued for some of what was proposed; detail: its number. */
    PARTLY_ISSUED,
    /** Sent on to a higher body, whose decision is awaited; detail: the submission's number, e.g. "02/TTr-CAT". */
    SUBMITTED_ONWARD,
    /** The deciding leaders approved nothing. */
    REFUSED,
    /** Refused at the appraisal, before it reached the leaders. */
    REJECTED,
    /** Withdrawn by whoever proposed it. */
    WITHDRAWN
}
