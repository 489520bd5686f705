package vn.phoihop.units;

/**
 * The level of a unit's movement for the year (Decision 510/QĐ-BCA-V05), as
 * {@code processes/MovementClassification.dmn} gives it. The names are the table's outputs; the
 * labels are {@code units.level.<NAME>} in the message bundles.
 */
public enum MovementLevel {
    /** Xuất sắc. */
    EXCELLENT,
    /** Khá. */
    GOOD,
    /** Trung bình. */
    AVERAGE,
    /** Chưa đạt. */
    BELOW;

    public String messageKey() {
        return "units.level." + name();
    }
}
