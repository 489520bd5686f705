package vn.phoihop.instances;

import java.time.ZonedDateTime;

/**
 * One line of an instance's history: when, what happened (a message code such as
 * {@code history.taskCompleted}), who did it (display name, may be empty) and about what
 * (a task name, a file name, a comment's text; may be empty).
 */
public record TimelineEntry(ZonedDateTime time, String messageCode, String actorName, String detail) {
}
