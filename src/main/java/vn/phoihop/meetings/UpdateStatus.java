package vn.phoihop.meetings;

public enum UpdateStatus {
    PENDING,
    SENT,
    /** Not sent when the meeting's minutes were taken up. */
    MISSED
}
