package vn.phoihop.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A person at the meeting and the organisation they came for, as the minutes list them. */
@Embeddable
public class MeetingAttendee {

    @Column(nullable = false)
    private String organization;
    @Column(nullable = false)
    private String name;
    @Column(name = "job_title")
    private String jobTitle;

    protected MeetingAttendee() {
    }

    MeetingAttendee(Minutes.Attendee attendee) {
        this.organization = attendee.organization();
        this.name = attendee.name();
        this.jobTitle = attendee.jobTitle();
    }

    public String organization() {
        return organization;
    }

    public String name() {
        return name;
    }

    public String jobTitle() {
        return jobTitle;
    }
}
