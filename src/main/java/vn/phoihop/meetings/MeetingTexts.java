package vn.phoihop.meetings;

import vn.phoihop.forms.SubmissionRuleException;

/** The length rules of the meeting's texts, one place for the aggregate and its parts. */
final class MeetingTexts {

    static final int LONG = 8000;
    static final int MEDIUM = 2000;
    static final int SHORT = 255;

    private MeetingTexts() {
    }

    static String required(String text, int max, String messageKey) {
        if (text == null || text.isBlank()) {
            throw new SubmissionRuleException(messageKey);
        }
        return optional(text, max, messageKey);
    }

    static String optional(String text, int max, String messageKey) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > max) {
            throw new SubmissionRuleException(messageKey);
        }
        return text.strip();
    }
}
