package vn.phoihop.meetings;

public enum ActionStatus {
    /** Written in minutes not yet approved: no task yet. */
    PLANNED,
    OPEN,
    DONE
}
