package vn.phoihop.dashboard;

/**
 * One target of the plan as the dashboard shows it: what was achieved of what counts, against the
 * share the plan asks for (100 % of units registered, a third of the resident groups …), and the
 * list behind the figure.
 *
 * @param key     the message key's last part and the element id
 * @param achieved what counts as done
 * @param whole   what there is to do; 0 when nothing counts yet
 * @param goal    the per cent the plan asks for
 * @param link    the page that lists what the figure counts
 */
public record Target(String key, long achieved, long whole, int goal, String link) {

    /** Whole per cent, rounded down; null when nothing counts yet. */
    public Integer percent() {
        return whole == 0 ? null : (int) (achieved * 100 / whole);
    }

    /** Met when the share reaches the goal (compared in whole numbers, no rounding). */
    public boolean met() {
        return whole > 0 && achieved * 100 >= (long) goal * whole;
    }

    /** At risk: something counts and the goal is not reached. */
    public boolean atRisk() {
        return whole > 0 && !met();
    }
}
