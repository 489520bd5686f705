package vn.phoihop.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.portal.ProvinceClock;

/** The meeting's rules, without an engine or a database. */
class MeetingTest {

    private static final Instant OPENED = ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, ProvinceClock.ZONE).toInstant();
    private static final Instant DUE = ZonedDateTime.of(2026, 3, 9, 17, 0, 0, 0, ProvinceClock.ZONE).toInstant();
    private static final LocalDate HELD = LocalDate.of(2026, 3, 10);

    @Test
    void aMeetingBelongsToTheMonthItOpensInAndAsksEveryMember() {
        Meeting meeting = open(MeetingKind.MONTHLY, null);
        assertThat(meeting.year()).isEqualTo(2026);
        assertThat(meeting.month()).isEqualTo(3);
        assertThat(meeting.updates()).extracting(MeetingUpdate::organization).containsExactly("ldld", "lhpn");
        assertThat(meeting.updates()).extracting(MeetingUpdate::status).containsOnly(UpdateStatus.PENDING);
        assertThatThrownBy(() -> open(MeetingKind.AD_HOC, " ")).isInstanceOf(SubmissionRuleException.class);
        assertThat(open(MeetingKind.AD_HOC, "Tết").reason()).isEqualTo("Tết");
    }

    @Test
    void anUpdateIsSentOnceWhileTheMeetingCollectsAndMissedWhenTheMinutesAreTakenUp() {
        Meeting meeting = open(MeetingKind.MONTHLY, null);
        meeting.updateSent("ldld", "Kết quả", null, null, "ldld", DUE.minusSeconds(60));
        assertThat(meeting.update("ldld").sentOnTime()).isTrue();
        assertThatThrownBy(() -> meeting.updateSent("ldld", "Lần hai", null, null, "ldld", DUE))
                .isInstanceOf(SubmissionRuleException.class);
        assertThatThrownBy(() -> meeting.updateSent("lhpn", " ", null, null, "lhpn", DUE))
                .isInstanceOf(SubmissionRuleException.class);
        assertThatThrownBy(() -> meeting.updateSent("doan", "Kết quả", null, null, "doan", DUE))
                .isInstanceOf(SubmissionRuleException.class);
        meeting.closeUpdates();
        assertThat(meeting.status()).isEqualTo(MeetingStatus.RECORDING);
        assertThat(meeting.update("lhpn").status()).isEqualTo(UpdateStatus.MISSED);
        assertThatThrownBy(() -> meeting.updateSent("lhpn", "Muộn", null, null, "lhpn", DUE.plusSeconds(3600)))
                .isInstanceOf(SubmissionRuleException.class);
    }

    @Test
    void theMinutesAreRecordedByOneSideAndApprovedByTheOtherWhichNumbersThemOnce() {
        Meeting meeting = recording();
        assertThatThrownBy(() -> meeting.recordMinutes(minutes(HELD.plusDays(1), List.of()), "px05", "px05", HELD))
                .isInstanceOf(SubmissionRuleException.class);
        assertThatThrownBy(() -> meeting.recordMinutes(minutes(LocalDate.of(2026, 3, 1), List.of()), "px05", "px05", HELD))
                .isInstanceOf(SubmissionRuleException.class);
        meeting.recordMinutes(minutes(HELD, List.of(new Minutes.Action("ldld", "Tuyên truyền", HELD.plusDays(5)))), "px05", "px05", HELD);
        assertThat(meeting.approverGroup("px05", "pttg")).isEqualTo("pttg");
        AtomicInteger numbersTaken = new AtomicInteger();
        assertThatThrownBy(() -> meeting.approveMinutes("px05", "px05", heldAt(), day -> "0" + numbersTaken.incrementAndGet()))
                .isInstanceOf(SubmissionRuleException.class);
        assertThat(numbersTaken).hasValue(0);
        assertThatThrownBy(() -> meeting.returnMinutes(" ", "pttg")).isInstanceOf(SubmissionRuleException.class);
        meeting.returnMinutes("Bổ sung thành phần", "pttg");
        assertThat(meeting.status()).isEqualTo(MeetingStatus.RETURNED);

        meeting.recordMinutes(minutes(HELD, List.of(new Minutes.Action("ldld", "Tuyên truyền", HELD.plusDays(5)),
                new Minutes.Action("doan", "Ra quân", HELD))), "px05", "px05", HELD);
        assertThat(meeting.actions()).extracting(MeetingAction::position).containsExactly(2, 3);
        meeting.approveMinutes("pttg", "pttg", heldAt(), day -> day.getYear() + "-" + numbersTaken.incrementAndGet());
        assertThat(meeting.minutesNumber()).isEqualTo("2026-1");
        assertThat(meeting.status()).isEqualTo(MeetingStatus.FOLLOW_UP);
        assertThat(meeting.actions()).extracting(MeetingAction::status).containsOnly(ActionStatus.OPEN);

        String first = meeting.actions().get(0).id();
        String second = meeting.actions().get(1).id();
        meeting.actionDone(first, "Xong", "ldld", heldAt());
        assertThat(meeting.status()).isEqualTo(MeetingStatus.FOLLOW_UP);
        assertThatThrownBy(() -> meeting.actionDone(first, "Lại", "ldld", heldAt())).isInstanceOf(SubmissionRuleException.class);
        // due on the meeting's day: done the next morning is late
        meeting.actionDone(second, "Xong", "doan", HELD.plusDays(1).atTime(8, 0).atZone(ProvinceClock.ZONE).toInstant());
        assertThat(meeting.action(second).doneOnTime()).isFalse();
        assertThat(meeting.action(first).doneOnTime()).isTrue();
        assertThat(meeting.status()).isEqualTo(MeetingStatus.CLOSED);
    }

    @Test
    void minutesWithoutActionsCloseTheMeetingOnApproval() {
        Meeting meeting = recording();
        meeting.recordMinutes(minutes(HELD, List.of()), "pttg", "pttg", HELD);
        meeting.approveMinutes("px05", "px05", heldAt(), day -> "01/BB-PX05-PTTG");
        assertThat(meeting.status()).isEqualTo(MeetingStatus.CLOSED);
    }

    @Test
    void theMinutesFormRefusesWhatTheMinutesCannotHold() {
        assertThatThrownBy(() -> minutes(HELD, List.of(new Minutes.Action("ldld", "Việc", HELD.minusDays(1)))))
                .isInstanceOf(SubmissionRuleException.class);
        assertThatThrownBy(() -> new Minutes(HELD, "Nơi họp", "Chủ trì", List.of(), "Đánh giá", null, null, "Tiếp theo",
                List.of(), List.of())).isInstanceOf(SubmissionRuleException.class);
        assertThatThrownBy(() -> new Minutes.Action("ldld", "x".repeat(2001), HELD)).isInstanceOf(SubmissionRuleException.class);
        assertThatThrownBy(() -> new Minutes.Commendation("ldld", "Tập thể", " ")).isInstanceOf(SubmissionRuleException.class);
    }

    private static Instant heldAt() {
        return HELD.atTime(15, 0).atZone(ProvinceClock.ZONE).toInstant();
    }

    private static Meeting recording() {
        Meeting meeting = open(MeetingKind.MONTHLY, null);
        meeting.closeUpdates();
        return meeting;
    }

    private static Meeting open(MeetingKind kind, String reason) {
        return Meeting.open("GB-2026-0001", "pi-1", kind, reason, "px05", OPENED, DUE, List.of("ldld", "lhpn"));
    }

    private static Minutes minutes(LocalDate heldOn, List<Minutes.Action> actions) {
        return new Minutes(heldOn, "Hội trường", "Trần Minh Khang", List.of(new Minutes.Attendee("px05", "Trần Minh Khang", null)),
                "Đánh giá", null, null, "Tiếp theo", actions, List.of());
    }
}
