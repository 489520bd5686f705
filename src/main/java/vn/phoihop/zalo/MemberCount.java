package vn.phoihop.zalo;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A Zalo group's member count on a day: the history the plan's growth target is read from. */
@Embeddable
public class MemberCount {

    @Column(name = "counted_on", nullable = false)
    private LocalDate countedOn;
    @Column(nullable = false)
    private int members;

    protected MemberCount() {
    }

    MemberCount(LocalDate countedOn, int members) {
        this.countedOn = countedOn;
        this.members = members;
    }

    public LocalDate countedOn() {
        return countedOn;
    }

    public int members() {
        return members;
    }
}
