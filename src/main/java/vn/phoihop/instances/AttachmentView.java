package vn.phoihop.instances;

import java.time.ZonedDateTime;

/** An attachment as the page lists it; downloaded from {@code /attachments/{id}}. */
public record AttachmentView(String id, String fileName, long sizeBytes, String uploaderName, ZonedDateTime time,
                             String taskId, String fieldKey) {
}
