package vn.phoihop.tasks;

/**
 * How many tasks wait, counted up to {@link TaskListSql#COUNT_LIMIT} and one more: beyond the limit a
 * page shows "1000+", as the task list's badges do, so that a group with a million open tasks does not
 * make every home page count them all.
 */
public record TaskCount(long value) {

    /** More than the limit: the exact number was not counted. */
    public boolean more() {
        return value > TaskListSql.COUNT_LIMIT;
    }

    /** The number as a page shows it: "1000+" beyond the limit. */
    public String label() {
        return more() ? TaskListSql.COUNT_LIMIT + "+" : String.valueOf(value);
    }
}
