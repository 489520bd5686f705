package vn.phoihop.forms;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a form is filled in: a task's form or a process's start form. Drafts and pending files are
 * kept per user and place; the place also names the page that shows the form again.
 */
public record FormPlace(String key) {

    private static final String TASK = "task:";
    private static final String START = "start:";
    // Camunda's ids and process keys: letters, digits and a few separators, never a slash.
    private static final String ID = "([A-Za-z0-9_.:-]{1,255})";
    private static final Pattern TASK_POST = Pattern.compile("/tasks/" + ID + "/(complete|draft|comments)");
    private static final Pattern START_POST = Pattern.compile("/processes/" + ID + "/(start|draft)");

    public static FormPlace task(String taskId) {
        return new FormPlace(TASK + taskId);
    }

    public static FormPlace start(String processDefinitionKey) {
        return new FormPlace(START + processDefinitionKey);
    }

    /** The place whose form a portal POST sends ({@code path} within the application), if it is one. */
    static Optional<FormPlace> ofPost(String path) {
        Matcher task = TASK_POST.matcher(path);
        if (task.matches()) {
            return Optional.of(task(task.group(1)));
        }
        Matcher start = START_POST.matcher(path);
        return start.matches() ? Optional.of(start(start.group(1))) : Optional.empty();
    }

    /** The portal page (within the application) that shows this form. */
    String pagePath() {
        return key.startsWith(TASK) ? "/tasks/" + key.substring(TASK.length())
                : "/processes/" + key.substring(START.length()) + "/start";
    }
}
