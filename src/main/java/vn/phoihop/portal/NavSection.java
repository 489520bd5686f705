package vn.phoihop.portal;

import java.util.List;

/**
 * Which menu entry a page belongs to, from its path, so the layout can mark it (aria-current).
 * A task or record page belongs to the list it was opened from most often: the tasks.
 */
final class NavSection {

    private static final List<String> SECTIONS = List.of("tasks", "processes", "commendations", "units", "notifications", "substitutes");

    private NavSection() {
    }

    static String of(String path) {
        if (path == null || path.isEmpty() || "/".equals(path)) {
            return "home";
        }
        String first = path.substring(1).split("/", 2)[0];
        if (SECTIONS.contains(first)) {
            return first;
        }
        return "instances".equals(first) ? "tasks" : null;
    }
}
