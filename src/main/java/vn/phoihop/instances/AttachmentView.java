package vn.phoihop.instances;

import java.time.ZonedDateTime;

/**
 * An attachment as the page lists it; downloaded from {@code /attachments/{id}}.
 *
 * @param fieldLabel what the form called the file ("Tờ trình đề nghị khen thưởng"); null for a file added on the page
 */
public record AttachmentView(String id, String fileName, long sizeBytes, String uploaderName, ZonedDateTime time,
                             String taskId, String fieldKey, String fieldLabel) {
}
