package vn.phoihop.attachments;

/** An attachment with its bytes, for download. */
public record AttachmentContent(AttachmentInfo info, byte[] bytes) {
}
