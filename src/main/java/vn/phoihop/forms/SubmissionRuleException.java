package vn.phoihop.forms;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A process rule refused values that passed the form's own validation (for example "a passed
 * appraisal names at least one nominee"). Thrown from a listener inside the engine's transaction,
 * so nothing of the submission is kept; the pages show the message with the typed values. A
 * {@link BadUserRequestException} so that Camunda's REST API answers 400, not 500.
 */
public class SubmissionRuleException extends BadUserRequestException {

    private final String messageCode;

    public SubmissionRuleException(String messageCode) {
        super(messageCode);
        this.messageCode = messageCode;
    }

    public String getMessageCode() {
        return messageCode;
    }

    /** Camunda wraps what a listener throws; this finds the rule behind the wrapping, if any. */
    public static SubmissionRuleException causeOf(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SubmissionRuleException rule) {
                return rule;
            }
        }
        return null;
    }
}
