package vn.phoihop.meetings;

/** Where a liaison meeting stands, in the order the process moves it. */
public enum MeetingStatus {
    /** The member organisations send their monthly updates. */
    COLLECTING,
    /** The updates are in (or their time is over): the meeting is held and its minutes recorded. */
    RECORDING,
    /** The minutes wait for the other side's approval. */
    AWAITING_APPROVAL,
    /** The other side returned the minutes with a reason. */
    RETURNED,
    /** The minutes are approved; their actions are being carried out. */
    FOLLOW_UP,
    /** Every action is done. */
    CLOSED;

    /** The minutes are the meeting's official record from their approval on. */
    public boolean minutesApproved() {
        return this == FOLLOW_UP || this == CLOSED;
    }
}
