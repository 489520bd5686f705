package vn.phoihop.meetings;

import static vn.phoihop.meetings.MeetingTexts.MEDIUM;
import static vn.phoihop.meetings.MeetingTexts.required;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How a member's update or an action was chased: reminded before its deadline, escalated to the
 * leaders after it, and the leaders' instruction. The same columns on both tables.
 */
@Embeddable
public class Chase {

    @Column(nullable = false)
    private boolean reminded;
    @Column(nullable = false)
    private boolean escalated;
    @Column(name = "escalation_note")
    private String escalationNote;

    void remind() {
        reminded = true;
    }

    void escalate() {
        escalated = true;
    }

    void noteEscalation(String instruction) {
        escalationNote = required(instruction, MEDIUM, "meetings.error.instruction");
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
