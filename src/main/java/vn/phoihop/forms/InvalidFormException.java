package vn.phoihop.forms;

/** A {@code .form} file the portal cannot serve; the message names the form and the offending part. */
public class InvalidFormException extends RuntimeException {

    public InvalidFormException(String message) {
        super(message);
    }

    public InvalidFormException(String message, Throwable cause) {
        super(message, cause);
    }
}
