package vn.phoihop.meetings;

/** The plan's "định kỳ hàng tháng hoặc đột xuất" (III.1.5): opened by the monthly timer, or by PX05 or PTTG. */
public enum MeetingKind {
    MONTHLY,
    AD_HOC
}
