package vn.phoihop.models.inspections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.phoihop.models.inspections.ModelInspectionProcessVariables.*;
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
import vn.phoihop.models.ModelDetails;
import vn.phoihop.models.MovementModel;
import vn.phoihop.models.MovementModelRepository;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.testsupport.EngineActors;
import vn.phoihop.testsupport.EngineTime;
import vn.phoihop.testsupport.IntegrationTest;

/**
 * One test per path of {@code processes/ModelInspectionProcess.bpmn}, on the engine's clock: six
 * organisations selecting at once, a late selection reminded and closed without it, a team returned
 * then approved, findings, the announcement to every sponsor, remediations done and overdue.
 */
@IntegrationTest
class ModelInspectionProcessTest {

    /** Monday 2 March 2026, 09:00 in the province. */
    private static final Date START = at(2026, 3, 2, 9, 0);
    private static final List<String> MEMBERS = List.of("ldld", "lhpn", "doan", "ccb", "nd", "nct");
    private static final AtomicInteger MODEL_IDS = new AtomicInteger();

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    InspectionService inspections;
    @Autowired
    MovementModelRepository models;
    @Autowired
    JdbcTemplate jdbc;

    @RegisterExtension
    EngineTime time = EngineTime.pausedAt(START);

    private EngineActors actors;
    /** Each member organisation's model for this test, by organisation. */
    private final Map<String, String> modelOf = new HashMap<>();

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        actors = new EngineActors(identityService, taskService);
        for (String organization : MEMBERS) {
            modelOf.put(organization, model(organization, "Tổ dân cư tự quản của " + organization).getId());
        }
    }

    @Test
    void sixOrganisationsSelectingAtOnceKeepSixSeparateSelections() throws Exception {
        ProcessInstance instance = opened("px05");
        ModelInspection inspection = inspections.of(instance.getId());
        assertThat(inspection.id()).matches("KTMH-2026-\\d{4}").isEqualTo(instance.getBusinessKey());
        assertThat(inspection.openedBy()).isEqualTo("px05");
        assertThat(inspection.planYear()).isEqualTo(2026);
        List<Task> selections = actors.tasks(instance, "Task_SelectModel");
        assertThat(selections).hasSize(6);
        assertThat(selections).flatExtracting(actors::candidateGroups)
                .containsExactlyInAnyOrder("member-ldld", "member-lhpn", "member-doan", "member-ccb", "member-nd", "member-nct");

        ExecutorService pool = Executors.newFixedThreadPool(selections.size());
        try {
            List<Future<Void>> answers = new ArrayList<>();
            for (Task task : selections) {
                String organization = (String) taskService.getVariable(task.getId(), ORGANIZATION);
                answers.add(pool.submit((Callable<Void>) () -> {
                    actors.complete(task, organization, Map.of(MODEL_ID, modelOf.get(organization), SELECTION_NOTE, "Chọn " + organization));
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
        BpmnAwareTests.assertThat(instance).hasPassed("Task_CloseSelections").isWaitingAt("Task_ProposeTeam");
        ModelInspection selected = inspections.of(instance.getId());
        assertThat(selected.status()).isEqualTo(InspectionStatus.TEAM_PROPOSING);
        assertThat(selected.selections()).hasSize(6).allSatisfy(selection -> {
            assertThat(selection.status()).isEqualTo(SelectionStatus.SELECTED);
            assertThat(selection.modelId()).isEqualTo(modelOf.get(selection.organization()));
            assertThat(selection.selectionNote()).isEqualTo("Chọn " + selection.organization());
            assertThat(selection.selectedBy()).isEqualTo(selection.organization());
        });
        assertThat(jdbc.queryForObject("select count(*) from model_inspection_selection where inspection_id = ?", Integer.class,
                selected.id())).isEqualTo(6);
        assertThat(runtimeService.getVariable(instance.getId(), SELECTED_ORGANIZATIONS)).asList().hasSize(6);
        assertThat(actors.candidateGroups(actors.task(instance, "Task_ProposeTeam"))).containsExactlyInAnyOrder("px05", "pttg");
    }

    @Test
    void aTeamReturnedThenApprovedInspectsAnnouncesToEverySponsorAndTheRemediationsCloseTheInspection() {
        ProcessInstance instance = selectedBy(MEMBERS);
        Task proposal = actors.task(instance, "Task_ProposeTeam");
        actors.complete(proposal, "pttg", team(LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 27)));
        assertThat(inspections.of(instance.getId()).status()).isEqualTo(InspectionStatus.TEAM_PROPOSED);
        Task approval = actors.task(instance, "Task_ApproveTeam");
        assertThat(actors.candidateGroups(approval)).containsExactlyInAnyOrder("police-leaders", "front-leaders");
        assertThatThrownBy(() -> actors.complete(approval, "px05", Map.of(TEAM_OUTCOME, OUTCOME_APPROVE)))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> actors.complete(approval, "bgdca", Map.of(TEAM_OUTCOME, OUTCOME_RETURN)))
                .hasRootCauseInstanceOf(SubmissionRuleException.class);
        actors.complete(approval, "bgdca", Map.of(TEAM_OUTCOME, OUTCOME_RETURN, TEAM_COMMENT, "Bổ sung cán bộ Hội LHPN."));
        ModelInspection returned = inspections.of(instance.getId());
        assertThat(returned.status()).isEqualTo(InspectionStatus.TEAM_PROPOSING);
        assertThat(returned.teamReturnReason()).isEqualTo("Bổ sung cán bộ Hội LHPN.");

        Map<String, Object> corrected = team(LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 27));
        corrected.put(TEAM_MEMBERS, List.of(member("px05", "Trần Minh Khang"), member("pttg", "Lê Thị Hoa"),
                member("lhpn", "Nguyễn Thị Lan")));
        actors.complete(actors.task(instance, "Task_ProposeTeam"), "px05", corrected);
        actors.complete(actors.task(instance, "Task_ApproveTeam"), "bttmttq", Map.of(TEAM_OUTCOME, OUTCOME_APPROVE));
        ModelInspection approved = inspections.of(instance.getId());
        assertThat(approved.status()).isEqualTo(InspectionStatus.INSPECTING);
        assertThat(approved.team()).extracting(TeamMember::name).containsExactly("Trần Minh Khang", "Lê Thị Hoa", "Nguyễn Thị Lan");
        assertThat(approved.teamApprovedBy()).isEqualTo("bttmttq");
        assertThat(approved.teamReturnReason()).isNull();

        List<Task> findings = actors.tasks(instance, "Task_RecordFindings");
        assertThat(findings).hasSize(6);
        time.set(at(2026, 3, 25, 15, 0));
        for (Task task : findings) {
            String organization = (String) taskService.getVariable(task.getId(), ORGANIZATION);
            List<Map<String, Object>> weaknesses = switch (organization) {
                case "lhpn" -> List.of(weakness("Ban điều hành chưa họp định kỳ", LocalDate.of(2026, 4, 30)),
                        weakness("Chưa có sổ theo dõi", null));
                case "ccb" -> List.of(weakness("Nhóm Zalo ít thành viên", LocalDate.of(2026, 4, 15)));
                default -> List.of();
            };
            actors.complete(task, "px05", findings(LocalDate.of(2026, 3, 25), weaknesses));
        }
        time.runAsyncSteps(instance.getId());
        BpmnAwareTests.assertThat(instance).isWaitingAt("Task_AnnounceResults");
        ModelInspection inspected = inspections.of(instance.getId());
        assertThat(inspected.selections()).extracting(ModelSelection::status).containsOnly(SelectionStatus.INSPECTED);
        assertThat(inspected.remediations()).hasSize(3).extracting(Remediation::status).containsOnly(RemediationStatus.PLANNED);
        // a weakness without a day is due the configured 30 days after the inspection
        assertThat(inspected.remediations()).extracting(Remediation::dueOn)
                .containsExactlyInAnyOrder(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 4, 24), LocalDate.of(2026, 4, 15));

        actors.complete(actors.task(instance, "Task_AnnounceResults"), "pttg",
                Map.of(ANNOUNCEMENT, "Các mô hình hoạt động hiệu quả; nhân rộng cách làm của Hội LHPN."));
        ModelInspection announced = inspections.of(instance.getId());
        assertThat(announced.status()).isEqualTo(InspectionStatus.ANNOUNCED);
        assertThat(announced.remediations()).extracting(Remediation::status).containsOnly(RemediationStatus.OPEN);
        // every sponsoring organisation's people are told: at least the six member organisations' demo users
        List<String> told = jdbc.queryForList("select recipient_id from notification where kind = 'RECORD_OUTCOME' and task_id = ?",
                String.class, "record:" + announced.id());
        assertThat(told).containsAll(MEMBERS).doesNotHaveDuplicates();

        time.runAsyncSteps(instance.getId());
        List<Task> remediations = actors.tasks(instance, "Task_RemedyWeakness");
        assertThat(remediations).hasSize(3);
        assertThat(remediations).flatExtracting(actors::candidateGroups).containsExactlyInAnyOrder("member-lhpn", "member-lhpn", "member-ccb");
        for (Task task : remediations) {
            String owner = actors.candidateGroups(task).get(0).substring("member-".length());
            String other = owner.equals("ccb") ? "lhpn" : "ccb";
            assertThatThrownBy(() -> actors.complete(task, other, Map.of(REMEDIATION_REPORT, "Không phải của tôi")))
                    .isInstanceOf(AuthorizationException.class);
            actors.complete(task, owner, Map.of(REMEDIATION_REPORT, "Đã khắc phục."));
        }
        time.runAsyncSteps(instance.getId());
        BpmnAwareTests.assertThat(instance).hasPassed("EndEvent_InspectionClosed").isEnded();
        assertThat(inspections.of(instance.getId()).remediations()).allSatisfy(remediation -> {
            assertThat(remediation.status()).isEqualTo(RemediationStatus.DONE);
            assertThat(remediation.doneBy()).isEqualTo(remediation.organization());
        });
    }

    @Test
    void aLateSelectionIsRemindedAndTheTeamGoesOnWithoutItToAnAnnouncementWithNothingToRemedy() {
        ProcessInstance instance = opened("pttg");
        for (String organization : MEMBERS) {
            if (!organization.equals("nct")) {
                actors.complete(actors.branchTask(instance, "Task_SelectModel", ORGANIZATION, organization), organization,
                        Map.of(MODEL_ID, modelOf.get(organization)));
            }
        }
        time.runAsyncSteps(instance.getId());
        Task late = actors.task(instance, "Task_SelectModel");
        Date remindAt = (Date) runtimeService.getVariable(instance.getId(), SELECTION_REMIND_AT);
        assertThat(remindAt).isBefore(late.getDueDate());
        time.set(new Date(remindAt.getTime() + 60_000));
        assertThat(time.runDueTimers(instance.getId())).isEqualTo(1);
        assertThat(inspections.of(instance.getId()).selection("nct").reminded()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient_id = 'nct' and kind = 'TASK_REMINDER'"
                + " and task_id = ?", Integer.class, late.getId())).isEqualTo(1);

        time.set(new Date(late.getDueDate().getTime() + 60_000));
        assertThat(time.runDueTimers(instance.getId())).isEqualTo(1);
        Task direction = actors.task(instance, "Task_DirectLateSelection");
        // the member organisations have no leaders' group: PTTG, who coordinates the Front's side, sees to it
        assertThat(actors.candidateGroups(direction)).containsExactly("pttg");
        assertThat(taskService.getVariables(direction.getId())).containsEntry(ORGANIZATION, "nct");
        assertThat(inspections.of(instance.getId()).selection("nct").escalated()).isTrue();
        actors.complete(direction, "pttg", Map.of(DIRECTION, "Đề nghị Hội Người cao tuổi chọn mô hình ngay."));
        time.runAsyncSteps(instance.getId());
        BpmnAwareTests.assertThat(instance).hasPassed("EndEvent_LateSelectionDirected").isWaitingAt("Task_SelectModel");
        assertThat(inspections.of(instance.getId()).selection("nct").escalationNote())
                .isEqualTo("Đề nghị Hội Người cao tuổi chọn mô hình ngay.");

        Date closeAt = (Date) runtimeService.getVariable(instance.getId(), SELECTION_CLOSE_AT);
        assertThat(closeAt).isAfter(late.getDueDate());
        time.set(new Date(closeAt.getTime() + 60_000));
        assertThat(time.runDueTimers(instance.getId())).isEqualTo(1);
        BpmnAwareTests.assertThat(instance).hasPassed("BoundaryEvent_SelectionTimeOver", "Task_CloseSelections")
                .isWaitingAt("Task_ProposeTeam");
        ModelInspection closed = inspections.of(instance.getId());
        assertThat(closed.selection("nct").status()).isEqualTo(SelectionStatus.MISSED);
        assertThat(closed.selectedOrganizations()).hasSize(5).doesNotContain("nct");

        LocalDate from = LocalDate.ofInstant(time.now().toInstant(), ProvinceClock.ZONE);
        actors.complete(actors.task(instance, "Task_ProposeTeam"), "px05", team(from, from.plusDays(4)));
        actors.complete(actors.task(instance, "Task_ApproveTeam"), "bgdca", Map.of(TEAM_OUTCOME, OUTCOME_APPROVE));
        List<Task> findings = actors.tasks(instance, "Task_RecordFindings");
        assertThat(findings).hasSize(5);
        for (Task task : findings) {
            actors.complete(task, "pttg", findings(from, List.of()));
        }
        time.runAsyncSteps(instance.getId());
        actors.complete(actors.task(instance, "Task_AnnounceResults"), "px05", Map.of(ANNOUNCEMENT, "Kết quả tốt."));
        time.runAsyncSteps(instance.getId());
        BpmnAwareTests.assertThat(instance).hasPassed("Task_OpenRemediations", "EndEvent_InspectionClosed").isEnded();
    }

    @Test
    void anOverdueRemediationIsRemindedThenEscalatedAndStaysOpenUntilDone() {
        ProcessInstance instance = selectedBy(List.of("ccb"));
        actors.complete(actors.task(instance, "Task_ProposeTeam"), "px05", team(LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 27)));
        actors.complete(actors.task(instance, "Task_ApproveTeam"), "bgdca", Map.of(TEAM_OUTCOME, OUTCOME_APPROVE));
        time.set(at(2026, 3, 24, 10, 0));
        actors.complete(actors.task(instance, "Task_RecordFindings"), "px05", findings(LocalDate.of(2026, 3, 24),
                List.of(weakness("Chưa kiện toàn Ban điều hành", LocalDate.of(2026, 4, 10)))));
        time.runAsyncSteps(instance.getId());
        actors.complete(actors.task(instance, "Task_AnnounceResults"), "px05", Map.of(ANNOUNCEMENT, "Kết quả kiểm tra."));
        time.runAsyncSteps(instance.getId());
        Task remediation = actors.task(instance, "Task_RemedyWeakness");
        assertThat(remediation.getDueDate()).isEqualTo(Date.from(LocalDate.of(2026, 4, 11).atStartOfDay(ProvinceClock.ZONE).toInstant()));
        String remediationId = inspections.of(instance.getId()).remediations().get(0).id();

        // reminded three days before the end of its due day
        time.set(at(2026, 4, 8, 0, 1));
        assertThat(time.runDueTimers(instance.getId())).isEqualTo(1);
        assertThat(inspections.of(instance.getId()).remediation(remediationId).reminded()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient_id = 'ccb' and kind = 'TASK_REMINDER'"
                + " and task_id = ?", Integer.class, remediation.getId())).isEqualTo(1);

        time.set(at(2026, 4, 11, 0, 1));
        assertThat(time.runDueTimers(instance.getId())).isEqualTo(1);
        Task direction = actors.task(instance, "Task_DirectOverdueRemediation");
        // the member organisations have no leaders' group: PTTG, who coordinates the Front's side, sees to it
        assertThat(actors.candidateGroups(direction)).containsExactly("pttg");
        assertThat(inspections.of(instance.getId()).remediation(remediationId).overdue(time.now().toInstant())).isTrue();
        assertThatThrownBy(() -> actors.complete(direction, "pttg", Map.of(DIRECTION, " ")))
                .hasRootCauseInstanceOf(SubmissionRuleException.class);
        actors.complete(direction, "pttg", Map.of(DIRECTION, "Hoàn thành trong tuần."));
        actors.complete(remediation, "ccb", Map.of(REMEDIATION_REPORT, "Đã kiện toàn Ban điều hành."));
        time.runAsyncSteps(instance.getId());
        BpmnAwareTests.assertThat(instance).hasPassed("Task_RemindRemediationOwner", "EndEvent_OverdueRemediationDirected",
                "EndEvent_WeaknessRemedied", "EndEvent_InspectionClosed").isEnded();
        Remediation done = inspections.of(instance.getId()).remediation(remediationId);
        assertThat(done.escalated()).isTrue();
        assertThat(done.escalationNote()).isEqualTo("Hoàn thành trong tuần.");
        assertThat(done.status()).isEqualTo(RemediationStatus.DONE);
    }

    @Test
    void stepsBreakingARuleAreRefusedAndNothingIsSaved() {
        // only PX05 or PTTG opens an inspection, on any door; the year is this year's neighbourhood
        assertThatThrownBy(() -> actors.signedIn("ldld", () -> runtimeService.startProcessInstanceByKey(PROCESS_ID,
                Map.of(PLAN_YEAR, 2026)))).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> actors.signedIn("px05", () -> runtimeService.startProcessInstanceByKey(PROCESS_ID,
                Map.of(PLAN_YEAR, 1999)))).isInstanceOf(SubmissionRuleException.class);

        ProcessInstance instance = opened("px05");
        Task ldld = actors.branchTask(instance, "Task_SelectModel", ORGANIZATION, "ldld");
        // another organisation's model, an inactive one, another organisation's step
        assertThatThrownBy(() -> actors.complete(ldld, "ldld", Map.of(MODEL_ID, modelOf.get("lhpn"))))
                .hasRootCauseInstanceOf(SubmissionRuleException.class);
        MovementModel inactive = model("ldld", "Mô hình đã ngừng");
        inactive.deactivate("Ngừng hoạt động", "test", Instant.now());
        models.save(inactive);
        assertThatThrownBy(() -> actors.complete(ldld, "ldld", Map.of(MODEL_ID, inactive.getId())))
                .hasRootCauseInstanceOf(SubmissionRuleException.class);
        assertThatThrownBy(() -> actors.complete(ldld, "lhpn", Map.of(MODEL_ID, modelOf.get("lhpn"))))
                .isInstanceOf(AuthorizationException.class);
        assertThat(inspections.of(instance.getId()).selection("ldld").status()).isEqualTo(SelectionStatus.PENDING);

        for (String organization : MEMBERS) {
            actors.complete(actors.branchTask(instance, "Task_SelectModel", ORGANIZATION, organization), organization,
                    Map.of(MODEL_ID, modelOf.get(organization)));
        }
        time.runAsyncSteps(instance.getId());
        Task proposal = actors.task(instance, "Task_ProposeTeam");
        // one side only, days the wrong way round, an organisation not in the tree
        Map<String, Object> policeOnly = team(LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 27));
        policeOnly.put(TEAM_MEMBERS, List.of(member("px05", "Trần Minh Khang")));
        assertThatThrownBy(() -> actors.complete(proposal, "px05", policeOnly)).hasRootCauseInstanceOf(SubmissionRuleException.class);
        assertThatThrownBy(() -> actors.complete(proposal, "px05", team(LocalDate.of(2026, 3, 27), LocalDate.of(2026, 3, 23))))
                .hasRootCauseInstanceOf(SubmissionRuleException.class);
        Map<String, Object> unknown = team(LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 27));
        unknown.put(TEAM_MEMBERS, List.of(member("px05", "A"), member("khong-co", "B")));
        assertThatThrownBy(() -> actors.complete(proposal, "px05", unknown)).hasRootCauseInstanceOf(SubmissionRuleException.class);
        Map<String, Object> malformed = team(LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 27));
        malformed.put(TEAM_MEMBERS, "không phải danh sách");
        assertThatThrownBy(() -> actors.complete(proposal, "px05", malformed)).hasRootCauseInstanceOf(SubmissionRuleException.class);
        assertThat(inspections.of(instance.getId()).team()).isEmpty();
        assertThat(inspections.of(instance.getId()).status()).isEqualTo(InspectionStatus.TEAM_PROPOSING);

        actors.complete(proposal, "px05", team(LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 27)));
        actors.complete(actors.task(instance, "Task_ApproveTeam"), "bgdca", Map.of(TEAM_OUTCOME, OUTCOME_APPROVE));
        Task findings = actors.branchTask(instance, "Task_RecordFindings", ORGANIZATION, "doan");
        // a day outside the approved days, a weakness due before the inspection, no strengths
        assertThatThrownBy(() -> actors.complete(findings, "px05", findings(LocalDate.of(2026, 4, 2), List.of())))
                .hasRootCauseInstanceOf(SubmissionRuleException.class);
        assertThatThrownBy(() -> actors.complete(findings, "px05", findings(LocalDate.of(2026, 3, 24),
                List.of(weakness("Hạn chế", LocalDate.of(2026, 3, 20)))))).hasRootCauseInstanceOf(SubmissionRuleException.class);
        Map<String, Object> noStrengths = findings(LocalDate.of(2026, 3, 24), List.of());
        noStrengths.put(STRENGTHS, "  ");
        assertThatThrownBy(() -> actors.complete(findings, "px05", noStrengths)).hasRootCauseInstanceOf(SubmissionRuleException.class);
        assertThatThrownBy(() -> actors.complete(findings, "doan", findings(LocalDate.of(2026, 3, 24), List.of())))
                .isInstanceOf(AuthorizationException.class);
        ModelInspection unchanged = inspections.of(instance.getId());
        assertThat(unchanged.selection("doan").status()).isEqualTo(SelectionStatus.SELECTED);
        assertThat(unchanged.remediations()).isEmpty();
    }

    private ProcessInstance opened(String user) {
        time.set(START);
        return actors.signedIn(user, () -> runtimeService.startProcessInstanceByKey(PROCESS_ID, Map.of(PLAN_YEAR, 2026)));
    }

    /** Opened, the given organisations selected their model and the others' time ran out: waiting for the team. */
    private ProcessInstance selectedBy(List<String> organizations) {
        ProcessInstance instance = opened("px05");
        for (String organization : organizations) {
            actors.complete(actors.branchTask(instance, "Task_SelectModel", ORGANIZATION, organization), organization,
                    Map.of(MODEL_ID, modelOf.get(organization)));
        }
        time.runAsyncSteps(instance.getId());
        if (organizations.size() < MEMBERS.size()) {
            // the reminders and escalations first: the close ends the branches, and their timers with them
            time.set(new Date(((Date) runtimeService.getVariable(instance.getId(), SELECTION_REMIND_AT)).getTime() + 60_000));
            time.runDueTimers(instance.getId());
            time.set(new Date(((Date) runtimeService.getVariable(instance.getId(), SELECTION_DUE_AT)).getTime() + 60_000));
            time.runDueTimers(instance.getId());
            time.set(new Date(((Date) runtimeService.getVariable(instance.getId(), SELECTION_CLOSE_AT)).getTime() + 60_000));
            assertThat(time.runDueTimers(instance.getId())).isEqualTo(1);
        }
        BpmnAwareTests.assertThat(instance).isWaitingAt("Task_ProposeTeam");
        return instance;
    }

    private MovementModel model(String sponsor, String name) {
        String id = "MH-TEST-" + MODEL_IDS.incrementAndGet();
        return models.save(MovementModel.register(id, new ModelDetails("to-dan-cu-tu-quan", name + " " + id, sponsor, null,
                "Phường Tân Ninh", LocalDate.of(2020, 1, 1), "Nguyễn Văn A\nTrần Thị B"), "test", Instant.now()));
    }

    private static Map<String, Object> team(LocalDate from, LocalDate to) {
        Map<String, Object> values = new HashMap<>();
        values.put(TEAM_MEMBERS, List.of(member("px05", "Trần Minh Khang"), member("pttg", "Lê Thị Hoa")));
        values.put(INSPECT_FROM, from.toString());
        values.put(INSPECT_TO, to.toString());
        values.put(TEAM_NOTE, "Kiểm tra hồ sơ, làm việc với Ban điều hành.");
        return values;
    }

    private static Map<String, Object> member(String organization, String name) {
        return Map.of("organization", organization, "name", name, "jobTitle", "Cán bộ");
    }

    private static Map<String, Object> findings(LocalDate on, List<Map<String, Object>> weaknesses) {
        Map<String, Object> values = new HashMap<>();
        values.put(INSPECTED_ON, on.toString());
        values.put(STRENGTHS, "Duy trì sinh hoạt đều, tuyên truyền tốt qua nhóm Zalo.");
        values.put(WEAKNESSES, new ArrayList<>(weaknesses));
        values.put(RECOMMENDATIONS, "Nhân rộng cách làm.");
        return values;
    }

    private static Map<String, Object> weakness(String content, LocalDate dueOn) {
        Map<String, Object> row = new HashMap<>();
        row.put("content", content);
        if (dueOn != null) {
            row.put("dueOn", dueOn.toString());
        }
        return row;
    }
}
