package vn.phoihop.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A collective or person the minutes propose for a commendation; the organisation named proposes it. */
@Embeddable
public class MeetingCommendation {

    @Column(nullable = false)
    private String organization;
    @Column(nullable = false)
    private String nominee;
    @Column(nullable = false)
    private String achievement;

    protected MeetingCommendation() {
    }

    MeetingCommendation(Minutes.Commendation commendation) {
        this.organization = commendation.organization();
        this.nominee = commendation.nominee();
        this.achievement = commendation.achievement();
    }

    public String organization() {
        return organization;
    }

    public String nominee() {
        return nominee;
    }

    public String achievement() {
        return achievement;
    }
}
