package vn.phoihop.propaganda;

import java.time.LocalDate;
import java.util.List;

/** What a receiving organisation confirms: its Zalo groups, the day, the members reached, and a speaker asked for (or null). */
record Dissemination(List<String> zaloGroups, LocalDate disseminatedOn, Integer membersReached, String note, TalkRequest talk) {

    static final int MAX_REACHED = 10_000_000;

    record TalkRequest(LocalDate on, String place, String audience, String topic) {
    }
}
