package vn.phoihop.notifications;

import static vn.phoihop.forms.FormTexts.required;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How an organisation's step was chased: reminded before its deadline, escalated to its leaders after
 * it, and the leaders' instruction. The same three columns on every table of such steps (a member's
 * update, an action of the minutes, a model's remediation).
 */
@Embeddable
public class Chase {

    public static final int NOTE_MAX = 2000;

    @Column(nullable = false)
    private boolean reminded;
    @Column(nullable = false)
    private boolean escalated;
    @Column(name = "escalation_note")
    private String escalationNote;

    public void remind() {
        reminded = true;
    }

    public void escalate() {
        escalated = true;
    }

    /** The leaders' instruction, refused with the step's message when empty or too long. */
    public void noteEscalation(String instruction, String messageKey) {
        escalationNote = required(instruction, NOTE_MAX, messageKey);
    }

    public boolean reminded() {
        return reminded;
    }

    public boolean escalated() {
        return escalated;
    }

    public String escalationNote() {
        return escalationNote;
    }
}
