package vn.phoihop.instances;

import java.time.ZonedDateTime;

/** A comment as the page shows it. */
public record CommentView(String id, String taskId, String authorName, ZonedDateTime time, String message) {
}
