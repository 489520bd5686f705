package vn.phoihop.tasks;

/** Someone else got there first (claimed, completed, reassigned); the message code tells the user what happened. */
public class TaskConflictException extends RuntimeException {

    private final String messageCode;

    TaskConflictException(String messageCode) {
        super(messageCode);
        this.messageCode = messageCode;
    }

    public String messageCode() {
        return messageCode;
    }
}
