package vn.phoihop.attachments;

/**
 * A file that is not stored, with the message code (and its arguments) to show next to the field:
 * {@code attachment.error.empty}, {@code attachment.error.tooLarge} or {@code attachment.error.type}.
 */
public class AttachmentRejectedException extends RuntimeException {

    private final String messageCode;
    private final transient Object[] messageArguments;

    AttachmentRejectedException(String messageCode, Object... messageArguments) {
        super(messageCode);
        this.messageCode = messageCode;
        this.messageArguments = messageArguments;
    }

    public String getMessageCode() {
        return messageCode;
    }

    public Object[] getMessageArguments() {
        return messageArguments.clone();
    }
}
