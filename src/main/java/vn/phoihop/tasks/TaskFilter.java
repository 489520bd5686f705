package vn.phoihop.tasks;

import java.util.Locale;

/**
 * What the task list shows, as chosen in its URL. Anything unknown falls back to the default, so a
 * hand-edited URL shows a list rather than an error.
 */
record TaskFilter(View view, String processKey, Due due, String text, Sort sort, boolean descending, int page) {

    static final int PAGE_SIZE = 50;
    static final int MAX_TEXT = 100;

    enum View { ALL, MINE, GROUP, SUBSTITUTED }

    enum Due { ANY, OVERDUE, WEEK }

    enum Sort { DUE, CREATED, PRIORITY }

    static TaskFilter of(String view, String process, String due, String text, String sort, String dir, Integer page) {
        String q = text == null ? "" : text.strip();
        Sort order = parse(Sort.class, sort, Sort.CREATED);
        // Soonest deadline first, but newest and most urgent first for the other orders.
        boolean descending = dir == null || dir.isBlank() ? order != Sort.DUE : !"asc".equalsIgnoreCase(dir);
        return new TaskFilter(
                parse(View.class, view, View.ALL),
                process == null || process.isBlank() ? null : process.strip(),
                parse(Due.class, due, Due.ANY),
                q.length() > MAX_TEXT ? q.substring(0, MAX_TEXT) : q,
                order,
                descending,
                page == null || page < 0 ? 0 : Math.min(page, 10_000));
    }

    static TaskFilter everything() {
        return of(null, null, null, null, null, null, null);
    }

    TaskFilter withView(View other) {
        return new TaskFilter(other, processKey, due, text, sort, descending, 0);
    }

    TaskFilter withDue(Due other) {
        return new TaskFilter(view, processKey, other, text, sort, descending, 0);
    }

    int firstResult() {
        return page * PAGE_SIZE;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, E fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
