package vn.phoihop.zalo;

/** Where a Zalo group sits in the plan's reach: a province-wide group down to a resident group's. */
public enum ZaloGroupLevel {
    PROVINCE, DISTRICT, COMMUNE, HAMLET, RESIDENT_GROUP, MODEL_BOARD
}
