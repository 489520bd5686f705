package vn.phoihop.propaganda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.phoihop.propaganda.PropagandaProcessVariables.*;
import static vn.phoihop.testsupport.EngineActors.at;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
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
import vn.phoihop.zalo.ZaloGroup;
import vn.phoihop.zalo.ZaloGroupDetails;
import vn.phoihop.zalo.ZaloGroupLevel;
import vn.phoihop.zalo.ZaloGroupRepository;

/**
 * One test per path of {@code processes/PropagandaProcess.bpmn}, on the engine's clock: a material
 * returned then approved and confirmed by six organisations at once (reach cross-checked with the
 * progress figures), a late confirmation reminded then escalated, a speaker requested, assigned and
 * the talk recorded, and the rules that refuse a step.
 */
@IntegrationTest
class PropagandaProcessTest {

    /** Tuesday 1 June 2027 (a year no other test compiles materials in, so the year's figures are this test's), 09:00 in the province. */
    private static final Date START = at(2027, 6, 1, 9, 0);
    private static final List<String> MEMBERS = List.of("ldld", "lhpn", "doan", "ccb", "nd", "nct");
    private static final AtomicInteger GROUP_IDS = new AtomicInteger();

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    PropagandaService materials;
    @Autowired
    PropagandaProgress progress;
    @Autowired
    ZaloGroupRepository zaloGroups;
    @Autowired
    JdbcTemplate jdbc;

    @RegisterExtension
    EngineTime time = EngineTime.pausedAt(START);

    private EngineActors actors;
    private final Map<String, String> groupOf = new HashMap<>();

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        actors = new EngineActors(identityService, taskService);
        for (String organization : MEMBERS) {
            groupOf.put(organization, group(organization).getId());
        }
    }

    @Test
    void aMaterialReturnedThenApprovedIsConfirmedBySixOrganisationsAtOnceAndItsReachAddsUp() throws Exception {
        int year = 2027;
        PropagandaProgress.Figures before = progress.of(year);
        ProcessInstance instance = compiled("px05", "Cảnh giác lừa đảo qua mạng");
        Material material = materials.of(instance.getId());
        assertThat(material.id()).matches("TT-2027-\\d{4}").isEqualTo(instance.getBusinessKey());
        assertThat(material.status()).isEqualTo(MaterialStatus.AWAITING_APPROVAL);
        assertThat(runtimeService.getVariables(instance.getId())).doesNotContainKeys(BODY, TITLE);
        Task approval = actors.task(instance, "Task_ApproveMaterial");
        // PX05 has no leaders' group in the demo: the police leaders approve
        assertThat(actors.candidateGroups(approval)).containsExactly("police-leaders");
        assertThatThrownBy(() -> actors.complete(approval, "px05", Map.of(MATERIAL_OUTCOME, OUTCOME_APPROVE)))
                .isInstanceOf(AuthorizationException.class);
        actors.complete(approval, "bgdca", Map.of(MATERIAL_OUTCOME, OUTCOME_RETURN, MATERIAL_COMMENT, "Bổ sung số điện thoại đường dây nóng."));
        assertThat(materials.of(instance.getId()).returnReason()).isEqualTo("Bổ sung số điện thoại đường dây nóng.");
        actors.complete(actors.task(instance, "Task_ReviseMaterial"), "px05",
                Map.of(TITLE, "Cảnh giác lừa đảo qua mạng", TOPIC, "crime-methods", BODY, "Gọi 113 khi nghi ngờ lừa đảo."));
        actors.complete(actors.task(instance, "Task_ApproveMaterial"), "bgdca", Map.of(MATERIAL_OUTCOME, OUTCOME_APPROVE));
        assertThat(materials.of(instance.getId()).status()).isEqualTo(MaterialStatus.APPROVED);
        assertThat(materials.of(instance.getId()).body()).isEqualTo("Gọi 113 khi nghi ngờ lừa đảo.");

        actors.complete(actors.task(instance, "Task_ChooseRecipients"), "px05", recipients(MEMBERS, LocalDate.of(2027, 6, 10)));
        List<Task> confirmations = actors.tasks(instance, "Task_ConfirmDissemination");
        assertThat(confirmations).hasSize(6);
        assertThat(confirmations).flatExtracting(actors::candidateGroups)
                .containsExactlyInAnyOrder("member-ldld", "member-lhpn", "member-doan", "member-ccb", "member-nd", "member-nct");
        assertThat(confirmations.get(0).getDueDate()).isEqualTo(Date.from(LocalDate.of(2027, 6, 11).atStartOfDay(ProvinceClock.ZONE).toInstant()));

        time.set(at(2027, 6, 3, 10, 0));
        ExecutorService pool = Executors.newFixedThreadPool(confirmations.size());
        try {
            List<Future<Void>> answers = new ArrayList<>();
            for (Task task : confirmations) {
                String organization = (String) taskService.getVariable(task.getId(), ORGANIZATION);
                int reached = 100 * (MEMBERS.indexOf(organization) + 1);
                answers.add(pool.submit((Callable<Void>) () -> {
                    actors.complete(task, organization, confirmation(organization, LocalDate.of(2027, 6, 2), reached));
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
        BpmnAwareTests.assertThat(instance).hasPassed("EndEvent_MaterialDisseminated").isEnded();
        Material sent = materials.of(instance.getId());
        assertThat(sent.confirmations()).hasSize(6).allSatisfy(confirmation -> {
            assertThat(confirmation.status()).isEqualTo(ConfirmationStatus.CONFIRMED);
            assertThat(confirmation.confirmedBy()).isEqualTo(confirmation.organization());
            assertThat(confirmation.zaloGroups()).containsExactly(groupOf.get(confirmation.organization()));
            assertThat(confirmation.confirmedOnTime()).isTrue();
        });
        assertThat(jdbc.queryForObject("select count(*) from propaganda_confirmation where material_id = ?", Integer.class, sent.id()))
                .isEqualTo(6);
        // 100 + 200 + … + 600, in the material and in the year's figures
        assertThat(sent.totalReached()).isEqualTo(2100);
        PropagandaProgress.Figures after = progress.of(year);
        assertThat(after.materialsSent() - before.materialsSent()).isEqualTo(1);
        assertThat(after.reached() - before.reached()).isEqualTo(2100);
        assertThat(after.reachedByOrganization().get("nct") - before.reachedByOrganization().getOrDefault("nct", 0)).isEqualTo(600);
        assertThat(after.reachedByTopic().get(PropagandaTopic.CRIME_METHODS)
                - before.reachedByTopic().getOrDefault(PropagandaTopic.CRIME_METHODS, 0)).isEqualTo(2100);
        assertThat(after.confirmedOnTime() - before.confirmedOnTime()).isEqualTo(6);
    }

    @Test
    void aLateConfirmationIsRemindedThenEscalatedAndStaysOpenUntilConfirmed() {
        ProcessInstance instance = sentTo(List.of("ccb"), LocalDate.of(2027, 6, 10));
        Task late = actors.task(instance, "Task_ConfirmDissemination");
        // reminded two days before the end of its day
        time.set(at(2027, 6, 9, 0, 1));
        assertThat(time.runDueTimers(instance.getId())).isEqualTo(1);
        assertThat(materials.of(instance.getId()).confirmation("ccb").reminded()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient_id = 'ccb' and kind = 'TASK_REMINDER'"
                + " and task_id = ?", Integer.class, late.getId())).isEqualTo(1);

        time.set(at(2027, 6, 11, 0, 1));
        assertThat(time.runDueTimers(instance.getId())).isEqualTo(1);
        Task direction = actors.task(instance, "Task_DirectLateConfirmation");
        assertThat(actors.candidateGroups(direction)).containsExactly("pttg");
        assertThat(materials.of(instance.getId()).confirmation("ccb").escalated()).isTrue();
        actors.complete(direction, "pttg", Map.of(DIRECTION, "Đề nghị Hội CCB tuyên truyền ngay."));
        actors.complete(late, "ccb", confirmation("ccb", LocalDate.of(2027, 6, 11), 80));
        time.runAsyncSteps(instance.getId());
        BpmnAwareTests.assertThat(instance).hasPassed("Task_RemindRecipient", "EndEvent_LateConfirmationDirected",
                "EndEvent_DisseminationConfirmed", "EndEvent_MaterialDisseminated").isEnded();
        Confirmation confirmed = materials.of(instance.getId()).confirmation("ccb");
        assertThat(confirmed.escalationNote()).isEqualTo("Đề nghị Hội CCB tuyên truyền ngay.");
        assertThat(confirmed.confirmedOnTime()).isFalse();
    }

    @Test
    void aSpeakerRequestIsAssignedAndTheTalkRecordedWithItsAttendance() {
        ProcessInstance instance = sentTo(List.of("doan", "lhpn"), LocalDate.of(2027, 6, 10));
        time.set(at(2027, 6, 2, 9, 0));
        Map<String, Object> withSpeaker = confirmation("doan", LocalDate.of(2027, 6, 2), 300);
        withSpeaker.put(SPEAKER_REQUESTED, true);
        withSpeaker.put(TALK_ON, "2027-06-20");
        withSpeaker.put(TALK_PLACE, "Hội trường Tỉnh Đoàn");
        withSpeaker.put(TALK_AUDIENCE, "Đoàn viên thanh niên");
        withSpeaker.put(TALK_TOPIC, "Phòng, chống ma túy trong học đường");
        actors.complete(actors.branchTask(instance, "Task_ConfirmDissemination", ORGANIZATION, "doan"), "doan", withSpeaker);
        actors.complete(actors.branchTask(instance, "Task_ConfirmDissemination", ORGANIZATION, "lhpn"), "lhpn",
                confirmation("lhpn", LocalDate.of(2027, 6, 2), 50));
        time.runAsyncSteps(instance.getId());
        Task assign = actors.task(instance, "Task_AssignSpeaker");
        assertThat(actors.candidateGroups(assign)).containsExactly("px05");
        assertThat(taskService.getVariables(assign.getId())).containsEntry(ORGANIZATION, "doan");
        // the speaker is one of PX05's officers
        assertThatThrownBy(() -> actors.complete(assign, "px05", Map.of(SPEAKER, "ldld"))).hasRootCauseInstanceOf(SubmissionRuleException.class);
        actors.complete(assign, "px05", Map.of(SPEAKER, "px05"));
        Task talk = actors.task(instance, "Task_RecordTalk");
        time.set(at(2027, 6, 21, 9, 0));
        assertThatThrownBy(() -> actors.complete(talk, "px05", Map.of(TALK_HELD_ON, "2027-06-25", ATTENDANCE, 120L)))
                .hasRootCauseInstanceOf(SubmissionRuleException.class);
        actors.complete(talk, "px05", Map.of(TALK_HELD_ON, "2027-06-20", ATTENDANCE, 120L, TALK_REPORT, "Buổi nói chuyện sôi nổi."));
        time.runAsyncSteps(instance.getId());
        BpmnAwareTests.assertThat(instance).hasPassed("Task_AssignSpeaker", "Task_RecordTalk", "EndEvent_TalkHeld",
                "EndEvent_DisseminationConfirmed").isEnded();
        Confirmation doan = materials.of(instance.getId()).confirmation("doan");
        assertThat(doan.speaker()).isEqualTo("px05");
        assertThat(doan.talkHeldOn()).isEqualTo(LocalDate.of(2027, 6, 20));
        assertThat(doan.attendance()).isEqualTo(120);
        assertThat(materials.of(instance.getId()).confirmation("lhpn").speakerRequested()).isFalse();
    }

    @Test
    void stepsBreakingARuleAreRefusedAndNothingIsSaved() {
        // only PX05 compiles, on any door
        assertThatThrownBy(() -> actors.signedIn("pttg", () -> runtimeService.startProcessInstanceByKey(PROCESS_ID,
                material("Tài liệu", "drugs")))).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> actors.signedIn("px05", () -> runtimeService.startProcessInstanceByKey(PROCESS_ID,
                material("Tài liệu", "khong-co-chu-de")))).isInstanceOf(SubmissionRuleException.class);

        ProcessInstance instance = compiled("px05", "Phòng cháy mùa khô");
        actors.complete(actors.task(instance, "Task_ApproveMaterial"), "bgdca", Map.of(MATERIAL_OUTCOME, OUTCOME_APPROVE));
        Task choose = actors.task(instance, "Task_ChooseRecipients");
        assertThatThrownBy(() -> actors.complete(choose, "px05", recipients(List.of(), LocalDate.of(2027, 6, 10))))
                .hasRootCauseInstanceOf(SubmissionRuleException.class);
        assertThatThrownBy(() -> actors.complete(choose, "px05", recipients(List.of("ldld"), LocalDate.of(2027, 5, 31))))
                .hasRootCauseInstanceOf(SubmissionRuleException.class);
        assertThatThrownBy(() -> actors.complete(choose, "px05", recipients(List.of("khong-co"), LocalDate.of(2027, 6, 10))))
                .hasRootCauseInstanceOf(SubmissionRuleException.class);
        assertThat(materials.of(instance.getId()).status()).isEqualTo(MaterialStatus.APPROVED);
        actors.complete(choose, "px05", recipients(List.of("ldld", "lhpn"), LocalDate.of(2027, 6, 10)));

        Task ldld = actors.branchTask(instance, "Task_ConfirmDissemination", ORGANIZATION, "ldld");
        // another organisation's group, a day in the future, a negative reach, a speaker without a place, another's step
        Map<String, Object> othersGroup = confirmation("ldld", LocalDate.of(2027, 6, 1), 10);
        othersGroup.put(ZALO_GROUPS, List.of(groupOf.get("lhpn")));
        assertThatThrownBy(() -> actors.complete(ldld, "ldld", othersGroup)).hasRootCauseInstanceOf(SubmissionRuleException.class);
        assertThatThrownBy(() -> actors.complete(ldld, "ldld", confirmation("ldld", LocalDate.of(2027, 6, 5), 10)))
                .hasRootCauseInstanceOf(SubmissionRuleException.class);
        assertThatThrownBy(() -> actors.complete(ldld, "ldld", confirmation("ldld", LocalDate.of(2027, 6, 1), -1)))
                .hasRootCauseInstanceOf(SubmissionRuleException.class);
        Map<String, Object> noPlace = confirmation("ldld", LocalDate.of(2027, 6, 1), 10);
        noPlace.put(SPEAKER_REQUESTED, true);
        noPlace.put(TALK_ON, "2027-06-20");
        assertThatThrownBy(() -> actors.complete(ldld, "ldld", noPlace)).hasRootCauseInstanceOf(SubmissionRuleException.class);
        assertThatThrownBy(() -> actors.complete(ldld, "lhpn", confirmation("lhpn", LocalDate.of(2027, 6, 1), 10)))
                .isInstanceOf(AuthorizationException.class);
        assertThat(materials.of(instance.getId()).confirmation("ldld").status()).isEqualTo(ConfirmationStatus.PENDING);
        assertThat(materials.of(instance.getId()).totalReached()).isZero();
    }

    private ProcessInstance compiled(String user, String title) {
        time.set(START);
        return actors.signedIn(user, () -> runtimeService.startProcessInstanceByKey(PROCESS_ID, material(title, "crime-methods")));
    }

    private ProcessInstance sentTo(List<String> organizations, LocalDate dueOn) {
        ProcessInstance instance = compiled("px05", "Tài liệu tuyên truyền");
        actors.complete(actors.task(instance, "Task_ApproveMaterial"), "bgdca", Map.of(MATERIAL_OUTCOME, OUTCOME_APPROVE));
        actors.complete(actors.task(instance, "Task_ChooseRecipients"), "px05", recipients(organizations, dueOn));
        return instance;
    }

    private ZaloGroup group(String organization) {
        String id = "ZL-TEST-" + GROUP_IDS.incrementAndGet();
        return zaloGroups.save(ZaloGroup.register(id, new ZaloGroupDetails(organization, "Nhóm Zalo " + organization + " " + id,
                ZaloGroupLevel.PROVINCE, "Tây Ninh", null, "Quản trị viên", "https://zalo.me/g/" + id.toLowerCase()), "test", Instant.now()));
    }

    private static Map<String, Object> material(String title, String topic) {
        return Map.of(TITLE, title, TOPIC, topic, BODY, "Người dân cảnh giác, không chuyển tiền cho người lạ.");
    }

    private static Map<String, Object> recipients(List<String> organizations, LocalDate dueOn) {
        return Map.of(RECIPIENTS, new ArrayList<>(organizations), CONFIRM_DUE_ON, dueOn.toString());
    }

    private Map<String, Object> confirmation(String organization, LocalDate on, long reached) {
        Map<String, Object> values = new HashMap<>();
        values.put(ZALO_GROUPS, List.of(groupOf.get(organization)));
        values.put(DISSEMINATED_ON, on.toString());
        values.put(MEMBERS_REACHED, reached);
        values.put(CONFIRMATION_NOTE, "Đã gửi vào nhóm");
        values.put(SPEAKER_REQUESTED, false);
        return values;
    }
}
