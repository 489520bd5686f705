package vn.phoihop.models.inspections;

/** Where a year's model inspection stands. */
public enum InspectionStatus {
    /** The member organisations are selecting their models. */
    SELECTING,
    /** PX05 and PTTG propose the working team (first time or after a return). */
    TEAM_PROPOSING,
    /** The leaders decide on the team. */
    TEAM_PROPOSED,
    /** The team inspects the selected models. */
    INSPECTING,
    /** The result is announced; remediations run. */
    ANNOUNCED
}
