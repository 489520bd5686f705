package vn.phoihop.attachments;

import java.time.Instant;

/** What is known about an attachment without its bytes (lists never load the content). */
public record AttachmentInfo(String id, String processInstanceId, String taskId, String fieldKey, String fileName,
                             String contentType, long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt) {
}
