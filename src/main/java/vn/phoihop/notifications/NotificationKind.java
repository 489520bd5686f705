package vn.phoihop.notifications;

/** Why a user is told about a task; also the message key suffix of its text and e-mail. */
enum NotificationKind {
    TASK_ASSIGNED,
    GROUP_TASK_CREATED,
    /** Due before the end of tomorrow and not yet overdue (so also "due later today"). */
    TASK_DUE_TOMORROW,
    TASK_OVERDUE,
    /** Asked for by the process model itself, e.g. a few working days before an appraisal is due. */
    TASK_REMINDER,
    /** A record the user started came to an end: e.g. a commendation proposal issued, refused or rejected. */
    RECORD_OUTCOME
}
