package vn.phoihop.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.phoihop.meetings.LiaisonMeetingProcessVariables.*;
import static vn.phoihop.testsupport.EngineActors.at;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.testsupport.EngineActors;
import vn.phoihop.testsupport.EngineTime;
import vn.phoihop.testsupport.IntegrationTest;

/**
 * One test per path of {@code processes/LiaisonMeetingProcess.bpmn}, on the engine's clock: the
 * monthly start, the members' updates answered at once, a late update reminded and escalated, minutes
 * returned then approved, actions done and overdue.
 */
@IntegrationTest
class LiaisonMeetingProcessTest {

    /** Monday 2 March 2026, 09:00 in the province. */
    private static final Date START = at(2026, 3, 2, 9, 0);
    private static final String SCHEDULE_PROCESS_ID = "LiaisonMeetingScheduleProcess";
    private static final List<String> MEMBERS = List.of("ldld", "lhpn", "doan", "ccb", "nd", "nct");
    private static final Map<String, String> MEMBER_USERS = Map.of("ldld", "ldld", "lhpn", "lhpn", "doan", "doan",
            "ccb", "ccb", "nd", "nd", "nct", "nct");

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    ManagementService managementService;
    @Autowired
    MeetingService meetings;
    @Autowired
    JdbcTemplate jdbc;

    @RegisterExtension
    EngineTime time = EngineTime.pausedAt(START);

    private EngineActors actors;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        actors = new EngineActors(identityService, taskService);
    }

    @AfterEach
    void tearDown() {
        identityService.clearAuthentication();
    }

    @Test
    void theMonthlyTimerOpensOneMeetingEachMonth() {
        List<Meeting> opened = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Job timer = monthlyTimer();
            Date due = timer.getDuedate();
            time.set(new Date(due.getTime() + 60_000));
            managementService.executeJob(timer.getId());
            ProcessInstance schedule = runtimeService.createProcessInstanceQuery().processDefinitionKey(SCHEDULE_PROCESS_ID)
                    .list().stream().filter(candidate -> opened.stream().noneMatch(meeting ->
                            meeting.processInstanceId().equals(called(candidate).getId()))).findFirst().orElseThrow();
            ProcessInstance instance = called(schedule);
            BpmnAwareTests.assertThat(schedule).isWaitingAt("CallActivity_HoldMonthlyMeeting");
            Meeting meeting = meetings.of(instance.getId());
            opened.add(meeting);
            ZonedDateTime month = due.toInstant().plusSeconds(60).atZone(ProvinceClock.ZONE);
            assertThat(meeting.month()).isEqualTo(month.getMonthValue());
            assertThat(meeting.year()).isEqualTo(month.getYear());
            assertThat(meeting.id()).matches("GB-\\d{4}-\\d{4}").isEqualTo(instance.getBusinessKey());
            assertThat(meeting.openedBy()).isNull();
            assertThat(meeting.updates()).extracting(MeetingUpdate::organization).containsExactlyInAnyOrderElementsOf(MEMBERS);
            assertThat(runtimeService.getVariable(instance.getId(), RECORD_TITLE))
                    .isEqualTo(String.format("Giao ban phối hợp tháng %02d/%d", month.getMonthValue(), month.getYear()));
            List<Task> updates = actors.tasks(instance, "Task_SendMonthlyUpdate");
            assertThat(updates).hasSize(MEMBERS.size());
            assertThat(updates).flatExtracting(actors::candidateGroups)
                    .containsExactlyInAnyOrder("member-ldld", "member-lhpn", "member-doan", "member-ccb", "member-nd", "member-nct");
        }
        // one a month: consecutive months, and the timer waits for the next one
        for (int i = 1; i < opened.size(); i++) {
            ZonedDateTime previous = opened.get(i - 1).openedAt().atZone(ProvinceClock.ZONE);
            ZonedDateTime next = opened.get(i).openedAt().atZone(ProvinceClock.ZONE);
            assertThat(next.toLocalDate().withDayOfMonth(1)).isEqualTo(previous.toLocalDate().withDayOfMonth(1).plusMonths(1));
        }
        assertThat(monthlyTimer().getDuedate()).isAfter(Date.from(opened.get(2).openedAt()));

        // the month's meeting runs like any other; when it closes, the month's schedule ends with it
        Meeting last = opened.get(2);
        ProcessInstance meeting = runtimeService.createProcessInstanceQuery().processInstanceId(last.processInstanceId()).singleResult();
        ProcessInstance schedule = runtimeService.createProcessInstanceQuery()
                .subProcessInstanceId(last.processInstanceId()).singleResult();
        for (Task task : actors.tasks(meeting, "Task_SendMonthlyUpdate")) {
            String organization = (String) taskService.getVariable(task.getId(), ORGANIZATION);
            actors.complete(task, MEMBER_USERS.get(organization), Map.of(UPDATE_RESULTS, "Đã thực hiện"));
        }
        time.runAsyncSteps(meeting.getId());
        LocalDate heldOn = last.openedAt().atZone(ProvinceClock.ZONE).toLocalDate();
        actors.complete(actors.task(meeting, "Task_RecordMinutes"), "pttg", minutes(heldOn, List.of()));
        actors.complete(actors.task(meeting, "Task_ApproveMinutes"), "px05", Map.of(MINUTES_OUTCOME, OUTCOME_APPROVE));
        time.runAsyncSteps(meeting.getId());
        BpmnAwareTests.assertThat(meeting).isEnded();
        BpmnAwareTests.assertThat(schedule).hasPassed("EndEvent_MonthlyMeetingHeld").isEnded();
    }

    @Test
    void sixOrganisationsAnsweringAtOnceKeepSixSeparateUpdates() throws Exception {
        ProcessInstance instance = adHoc("px05");
        Meeting meeting = meetings.of(instance.getId());
        assertThat(meeting.kind()).isEqualTo(MeetingKind.AD_HOC);
        assertThat(meeting.openedBy()).isEqualTo("px05");
        List<Task> updates = actors.tasks(instance, "Task_SendMonthlyUpdate");
        assertThat(updates).hasSize(6);

        ExecutorService pool = Executors.newFixedThreadPool(updates.size());
        try {
            List<Future<Void>> answers = new ArrayList<>();
            for (Task task : updates) {
                String organization = (String) taskService.getVariable(task.getId(), ORGANIZATION);
                answers.add(pool.submit((Callable<Void>) () -> {
                    actors.complete(task, MEMBER_USERS.get(organization), Map.of(UPDATE_RESULTS, "Kết quả của " + organization,
                            UPDATE_PROPOSALS, "Đề xuất của " + organization));
                    return null;
                }));
            }
            for (Future<Void> answer : answers) {
                answer.get();
            }
        } finally {
            pool.shutdownNow();
        }
        time.runAsyncSteps(instance.getId());
        BpmnAwareTests.assertThat(instance).hasPassed("Task_CloseUpdates").isWaitingAt("Task_RecordMinutes");
        Meeting answered = meetings.of(instance.getId());
        assertThat(answered.status()).isEqualTo(MeetingStatus.RECORDING);
        assertThat(answered.updates()).hasSize(6).allSatisfy(update -> {
            assertThat(update.status()).isEqualTo(UpdateStatus.SENT);
            assertThat(update.results()).isEqualTo("Kết quả của " + update.organization());
            assertThat(update.proposals()).isEqualTo("Đề xuất của " + update.organization());
            assertThat(update.sentBy()).isEqualTo(MEMBER_USERS.get(update.organization()));
            assertThat(update.sentOnTime()).isTrue();
        });
        assertThat(jdbc.queryForObject("select count(*) from liaison_meeting_update where meeting_id = ?", Integer.class,
                answered.id())).isEqualTo(6);
        assertThat(actors.candidateGroups(actors.task(instance, "Task_RecordMinutes"))).containsExactlyInAnyOrder("px05", "pttg");
    }

    @Test
    void aMemberAnswersOnlyForItsOwnOrganisation() {
        ProcessInstance instance = adHoc("pttg");
        Task ldldTask = actors.tasks(instance, "Task_SendMonthlyUpdate").stream()
                .filter(task -> "ldld".equals(taskService.getVariable(task.getId(), ORGANIZATION))).findFirst().orElseThrow();
        assertThatThrownBy(() -> actors.complete(ldldTask, "lhpn", Map.of(UPDATE_RESULTS, "Không phải của tôi")))
                .isInstanceOf(AuthorizationException.class);
        assertThat(meetings.of(instance.getId()).update("ldld").status()).isEqualTo(UpdateStatus.PENDING);
        assertThatThrownBy(() -> actors.signedIn("ldld", () -> runtimeService.startProcessInstanceByKey(PROCESS_ID,
                Map.of(MEETING_REASON, "Một tổ chức thành viên không triệu tập giao ban"))))
                .isInstanceOf(AuthorizationException.class);
    }

    @Test
    void aLateUpdateIsRemindedThenEscalatedAndTheMinutesGoOnWithoutIt() {
        ProcessInstance instance = adHoc("px05");
        for (Task task : actors.tasks(instance, "Task_SendMonthlyUpdate")) {
            String organization = (String) taskService.getVariable(task.getId(), ORGANIZATION);
            if (!"nct".equals(organization)) {
                actors.complete(task, MEMBER_USERS.get(organization), Map.of(UPDATE_RESULTS, "Đã thực hiện"));
            }
        }
        time.runAsyncSteps(instance.getId());
        Task late = actors.task(instance, "Task_SendMonthlyUpdate");
        Meeting meeting = meetings.of(instance.getId());
        // five working days from Monday 2 March: Monday 9 March at 17:00; reminded the working day before
        assertThat(late.getDueDate()).isEqualTo(at(2026, 3, 9, 17, 0));
        time.set(at(2026, 3, 6, 17, 1));
        assertThat(time.runDueTimers(instance.getId())).isEqualTo(1);
        assertThat(meetings.of(instance.getId()).update("nct").reminded()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient_id = 'nct' and kind = 'TASK_REMINDER'"
                + " and task_id = ?", Integer.class, late.getId())).isEqualTo(1);

        time.set(at(2026, 3, 9, 17, 1));
        assertThat(time.runDueTimers(instance.getId())).isEqualTo(1);
        Task direction = actors.task(instance, "Task_DirectLateUpdate");
        // the member organisations have no leaders' group: PTTG, who coordinates the Front's side, sees to it
        assertThat(actors.candidateGroups(direction)).containsExactly("pttg");
        assertThat(meetings.of(instance.getId()).update("nct").escalated()).isTrue();
        assertThat(taskService.getVariables(direction.getId())).containsEntry(ORGANIZATION, "nct");
        actors.complete(direction, "pttg", Map.of(DIRECTION, "Đề nghị Hội Người cao tuổi gửi báo cáo ngay."));
        time.runAsyncSteps(instance.getId());
        BpmnAwareTests.assertThat(instance).hasPassed("EndEvent_LateUpdateDirected").isWaitingAt("Task_SendMonthlyUpdate");
        assertThat(meetings.of(instance.getId()).update("nct").escalationNote()).isEqualTo("Đề nghị Hội Người cao tuổi gửi báo cáo ngay.");

        // three working days after the deadline the minutes are taken up without the update
        time.set(at(2026, 3, 12, 17, 1));
        assertThat(time.runDueTimers(instance.getId())).isEqualTo(1);
        BpmnAwareTests.assertThat(instance).hasPassed("BoundaryEvent_UpdatesTimeOver", "Task_CloseUpdates")
                .isWaitingAt("Task_RecordMinutes");
        Meeting closed = meetings.of(instance.getId());
        assertThat(closed.update("nct").status()).isEqualTo(UpdateStatus.MISSED);
        assertThat(closed.update("ldld").status()).isEqualTo(UpdateStatus.SENT);
        assertThat(actors.tasks(instance, "Task_SendMonthlyUpdate")).isEmpty();
        assertThat(meeting.id()).isEqualTo(closed.id());
    }

    @Test
    void minutesReturnedThenApprovedOpenTheirActionsWhichCloseTheMeeting() {
        ProcessInstance instance = meetingAtMinutes();
        time.set(at(2026, 3, 10, 14, 0));
        actors.complete(actors.task(instance, "Task_RecordMinutes"), "px05", minutes(LocalDate.of(2026, 3, 10),
                List.of(action("ldld", "Tuyên truyền Luật Phòng cháy, chữa cháy", LocalDate.of(2026, 3, 31)),
                        action("doan", "Ra quân thanh niên tình nguyện giữ gìn ANTT", LocalDate.of(2026, 4, 15)))));
        Meeting recorded = meetings.of(instance.getId());
        assertThat(recorded.status()).isEqualTo(MeetingStatus.AWAITING_APPROVAL);
        assertThat(recorded.recorderGroup()).isEqualTo("px05");
        assertThat(recorded.actions()).extracting(MeetingAction::status).containsOnly(ActionStatus.PLANNED);
        Task approval = actors.task(instance, "Task_ApproveMinutes");
        assertThat(actors.candidateGroups(approval)).containsExactly("pttg");
        // the side that recorded cannot approve: not a candidate of the step
        assertThatThrownBy(() -> actors.complete(approval, "px05", Map.of(MINUTES_OUTCOME, OUTCOME_APPROVE)))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> actors.complete(approval, "pttg", Map.of(MINUTES_OUTCOME, OUTCOME_RETURN)))
                .hasRootCauseInstanceOf(SubmissionRuleException.class);

        actors.complete(approval, "pttg", Map.of(MINUTES_OUTCOME, OUTCOME_RETURN, MINUTES_COMMENT, "Bổ sung thành phần MTTQ."));
        assertThat(meetings.of(instance.getId()).status()).isEqualTo(MeetingStatus.RETURNED);
        Task correction = actors.task(instance, "Task_RecordMinutes");
        Map<String, Object> corrected = minutes(LocalDate.of(2026, 3, 10),
                List.of(action("ldld", "Tuyên truyền Luật Phòng cháy, chữa cháy", LocalDate.of(2026, 3, 31)),
                        action("doan", "Ra quân thanh niên tình nguyện giữ gìn ANTT", LocalDate.of(2026, 4, 15))));
        corrected.put(ATTENDEES, List.of(attendee("px05", "Trần Minh Khang"), attendee("pttg", "Lê Thị Hoa")));
        actors.complete(correction, "px05", corrected);
        assertThat(meetings.of(instance.getId()).attendees()).hasSize(2);

        actors.complete(actors.task(instance, "Task_ApproveMinutes"), "pttg", Map.of(MINUTES_OUTCOME, OUTCOME_APPROVE));
        Meeting approved = meetings.of(instance.getId());
        assertThat(approved.status()).isEqualTo(MeetingStatus.FOLLOW_UP);
        assertThat(approved.minutesNumber()).matches("\\d{2,}/BB-PX05-PTTG");
        assertThat(approved.approvedBy()).isEqualTo("pttg");
        assertThat(approved.actions()).extracting(MeetingAction::status).containsOnly(ActionStatus.OPEN);
        time.runAsyncSteps(instance.getId());
        List<Task> actions = actors.tasks(instance, "Task_CarryOutAction");
        assertThat(actions).hasSize(2);
        assertThat(actions).flatExtracting(actors::candidateGroups).containsExactlyInAnyOrder("member-ldld", "member-doan");
        Task ldldAction = actions.stream().filter(task -> actors.candidateGroups(task).contains("member-ldld")).findFirst().orElseThrow();
        assertThat(ldldAction.getDueDate()).isEqualTo(Date.from(LocalDate.of(2026, 4, 1).atStartOfDay(ProvinceClock.ZONE).toInstant()));

        for (Task action : actions) {
            String user = actors.candidateGroups(action).contains("member-ldld") ? "ldld" : "doan";
            assertThatThrownBy(() -> actors.complete(action, user.equals("ldld") ? "doan" : "ldld", Map.of(ACTION_REPORT, "Không phải việc của tôi")))
                    .isInstanceOf(AuthorizationException.class);
            actors.complete(action, user, Map.of(ACTION_REPORT, "Đã hoàn thành"));
        }
        time.runAsyncSteps(instance.getId());
        BpmnAwareTests.assertThat(instance).hasPassed("EndEvent_MeetingClosed").isEnded();
        Meeting closed = meetings.of(instance.getId());
        assertThat(closed.status()).isEqualTo(MeetingStatus.CLOSED);
        assertThat(closed.actions()).allSatisfy(action -> {
            assertThat(action.status()).isEqualTo(ActionStatus.DONE);
            assertThat(action.doneOnTime()).isTrue();
        });
        // a correction numbers the new rows after the replaced ones: ids are never reused
        assertThat(closed.actions()).extracting(MeetingAction::position).containsExactly(3, 4);
    }

    @Test
    void minutesWithoutActionsCloseTheMeetingOnApproval() {
        ProcessInstance instance = meetingAtMinutes();
        time.set(at(2026, 3, 10, 14, 0));
        actors.complete(actors.task(instance, "Task_RecordMinutes"), "pttg", minutes(LocalDate.of(2026, 3, 10), List.of()));
        Task approval = actors.task(instance, "Task_ApproveMinutes");
        assertThat(actors.candidateGroups(approval)).containsExactly("px05");
        actors.complete(approval, "px05", Map.of(MINUTES_OUTCOME, OUTCOME_APPROVE));
        time.runAsyncSteps(instance.getId());
        BpmnAwareTests.assertThat(instance).hasPassed("Task_OpenActions", "EndEvent_MeetingClosed").isEnded();
        assertThat(meetings.of(instance.getId()).status()).isEqualTo(MeetingStatus.CLOSED);
    }

    @Test
    void anOverdueActionIsRemindedThenEscalatedAndStaysOpenUntilDone() {
        ProcessInstance instance = meetingAtMinutes();
        time.set(at(2026, 3, 10, 14, 0));
        actors.complete(actors.task(instance, "Task_RecordMinutes"), "px05", minutes(LocalDate.of(2026, 3, 10),
                List.of(action("ccb", "Vận động hội viên tham gia Tổ tự quản", LocalDate.of(2026, 3, 20)))));
        actors.complete(actors.task(instance, "Task_ApproveMinutes"), "pttg", Map.of(MINUTES_OUTCOME, OUTCOME_APPROVE));
        time.runAsyncSteps(instance.getId());
        Task action = actors.task(instance, "Task_CarryOutAction");
        // reminded two days before the end of its due day
        time.set(at(2026, 3, 19, 0, 1));
        assertThat(time.runDueTimers(instance.getId())).isEqualTo(1);
        String actionId = meetings.of(instance.getId()).actions().get(0).id();
        assertThat(meetings.of(instance.getId()).action(actionId).reminded()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient_id = 'ccb' and kind = 'TASK_REMINDER'"
                + " and task_id = ?", Integer.class, action.getId())).isEqualTo(1);

        time.set(at(2026, 3, 21, 0, 1));
        assertThat(time.runDueTimers(instance.getId())).isEqualTo(1);
        Task direction = actors.task(instance, "Task_DirectOverdueAction");
        assertThat(actors.candidateGroups(direction)).containsExactly("pttg");
        assertThat(meetings.of(instance.getId()).action(actionId).overdue(time.now().toInstant())).isTrue();
        actors.complete(direction, "pttg", Map.of(DIRECTION, "Hoàn thành trong tuần."));
        actors.complete(action, "ccb", Map.of(ACTION_REPORT, "Đã vận động 120 hội viên."));
        time.runAsyncSteps(instance.getId());
        BpmnAwareTests.assertThat(instance).hasPassed("Task_RemindActionOwner", "EndEvent_OverdueActionDirected",
                "EndEvent_ActionDone", "EndEvent_MeetingClosed").isEnded();
        MeetingAction done = meetings.of(instance.getId()).action(actionId);
        assertThat(done.escalated()).isTrue();
        assertThat(done.escalationNote()).isEqualTo("Hoàn thành trong tuần.");
        assertThat(done.doneOnTime()).isFalse();
    }

    @Test
    void minutesBreakingARuleAreRefusedAndNothingIsSaved() {
        ProcessInstance instance = meetingAtMinutes();
        time.set(at(2026, 3, 10, 14, 0));
        Task record = actors.task(instance, "Task_RecordMinutes");
        // an action due before the meeting, a meeting in the future, an organisation not in force
        assertThatThrownBy(() -> actors.complete(record, "px05", minutes(LocalDate.of(2026, 3, 10),
                List.of(action("ldld", "Việc", LocalDate.of(2026, 3, 9)))))).hasRootCauseInstanceOf(SubmissionRuleException.class);
        assertThatThrownBy(() -> actors.complete(record, "px05", minutes(LocalDate.of(2026, 3, 11), List.of())))
                .hasRootCauseInstanceOf(SubmissionRuleException.class);
        assertThatThrownBy(() -> actors.complete(record, "px05", minutes(LocalDate.of(2026, 3, 10),
                List.of(action("khong-co", "Việc", LocalDate.of(2026, 3, 20)))))).hasRootCauseInstanceOf(SubmissionRuleException.class);
        Map<String, Object> noPlace = minutes(LocalDate.of(2026, 3, 10), List.of());
        noPlace.put(PLACE, "  ");
        assertThatThrownBy(() -> actors.complete(record, "px05", noPlace)).hasRootCauseInstanceOf(SubmissionRuleException.class);
        // a member organisation is not a host: the engine refuses it the step
        assertThatThrownBy(() -> actors.complete(record, "ldld", minutes(LocalDate.of(2026, 3, 10), List.of())))
                .isInstanceOf(AuthorizationException.class);
        assertThat(meetings.of(instance.getId()).status()).isEqualTo(MeetingStatus.RECORDING);
        assertThat(meetings.of(instance.getId()).heldOn()).isNull();
        BpmnAwareTests.assertThat(instance).isWaitingAt("Task_RecordMinutes");
    }

    private ProcessInstance meetingAtMinutes() {
        ProcessInstance instance = adHoc("px05");
        for (Task task : actors.tasks(instance, "Task_SendMonthlyUpdate")) {
            String organization = (String) taskService.getVariable(task.getId(), ORGANIZATION);
            actors.complete(task, MEMBER_USERS.get(organization), Map.of(UPDATE_RESULTS, "Đã thực hiện"));
        }
        time.runAsyncSteps(instance.getId());
        BpmnAwareTests.assertThat(instance).isWaitingAt("Task_RecordMinutes");
        return instance;
    }

    private ProcessInstance adHoc(String user) {
        time.set(START);
        return actors.signedIn(user, () -> runtimeService.startProcessInstanceByKey(PROCESS_ID,
                Map.of(MEETING_REASON, "Trao đổi công tác bảo đảm ANTT dịp Tết")));
    }

    private static Map<String, Object> minutes(LocalDate heldOn, List<Map<String, Object>> actions) {
        Map<String, Object> values = new HashMap<>();
        values.put(HELD_ON, heldOn.toString());
        values.put(PLACE, "Hội trường Công an tỉnh");
        values.put(CHAIRED_BY, "Trần Minh Khang, Trưởng phòng PX05");
        values.put(ATTENDEES, List.of(attendee("px05", "Trần Minh Khang")));
        values.put(ASSESSMENT, "Các tổ chức thực hiện tốt nội dung phối hợp trong tháng.");
        values.put(NEXT_PERIOD, "Tập trung tuyên truyền phòng, chống ma túy.");
        values.put(ACTIONS, new ArrayList<>(actions));
        values.put(COMMENDATIONS, List.of(Map.of("organization", "ldld", "nominee", "Công đoàn Công ty Sailun",
                "achievement", "Phát hiện, tố giác tội phạm")));
        return values;
    }

    private static Map<String, Object> attendee(String organization, String name) {
        return Map.of("organization", organization, "name", name);
    }

    private static Map<String, Object> action(String organization, String content, LocalDate dueOn) {
        return Map.of("organization", organization, "content", content, "dueOn", dueOn.toString());
    }

    private ProcessInstance called(ProcessInstance schedule) {
        return runtimeService.createProcessInstanceQuery().superProcessInstanceId(schedule.getId()).singleResult();
    }

    private Job monthlyTimer() {
        return managementService.createJobQuery().processDefinitionKey(SCHEDULE_PROCESS_ID).timers().list().stream()
                .filter(job -> job.getProcessInstanceId() == null).findFirst().orElseThrow();
    }
}
