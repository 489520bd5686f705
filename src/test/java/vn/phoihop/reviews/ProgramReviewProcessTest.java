package vn.phoihop.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.phoihop.reviews.ProgramReviewProcessVariables.*;
import static vn.phoihop.testsupport.EngineActors.at;

import java.io.ByteArrayInputStream;
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

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
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
import vn.phoihop.testsupport.EngineActors;
import vn.phoihop.testsupport.EngineTime;
import vn.phoihop.testsupport.IntegrationTest;

/**
 * One test per path of {@code processes/ProgramReviewProcess.bpmn}, on the engine's clock: six
 * reports at once keep six rows and their figures add up in the Word report, the conference is
 * scheduled and held; a late report is reminded then escalated; a refused step saves nothing.
 */
@IntegrationTest
class ProgramReviewProcessTest {

    /** Monday 7 September 2026, 09:00 in the province. */
    private static final Date START = at(2026, 9, 7, 9, 0);
    private static final List<String> MEMBERS = List.of("ldld", "lhpn", "doan", "ccb", "nd", "nct");

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    ReviewService reviews;
    @Autowired
    ReviewDocument document;
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

    @Test
    void sixReportsAtOnceAreConsolidatedIntoTheWordReportAndTheConferenceIsHeld() throws Exception {
        ProcessInstance instance = opened("pttg", LocalDate.of(2026, 9, 30));
        ProgramReview review = reviews.of(instance.getId());
        assertThat(review.id()).matches("TK-2026-\\d{4}").isEqualTo(instance.getBusinessKey());
        assertThat(review.firstYear()).isEqualTo(2013);
        assertThat(review.lastYear()).isEqualTo(2023);
        List<Task> reports = actors.tasks(instance, "Task_SubmitReviewReport");
        assertThat(reports).hasSize(6);
        assertThat(reports).flatExtracting(actors::candidateGroups)
                .containsExactlyInAnyOrder("member-ldld", "member-lhpn", "member-doan", "member-ccb", "member-nd", "member-nct");

        ExecutorService pool = Executors.newFixedThreadPool(reports.size());
        try {
            List<Future<Void>> answers = new ArrayList<>();
            for (Task task : reports) {
                String organization = (String) taskService.getVariable(task.getId(), ORGANIZATION);
                int n = MEMBERS.indexOf(organization) + 1;
                answers.add(pool.submit((Callable<Void>) () -> {
                    actors.complete(task, organization, report(organization, n, 100L * n, 10L * n));
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
        BpmnAwareTests.assertThat(instance).isWaitingAt("Task_ConsolidateReview");
        ProgramReview reported = reviews.of(instance.getId());
        assertThat(reported.reportsReceived()).isEqualTo(6);
        assertThat(reported.reports()).allSatisfy(row -> {
            assertThat(row.submittedBy()).isEqualTo(row.organization());
            assertThat(row.results()).isEqualTo("Kết quả 10 năm của " + row.organization());
            assertThat(row.nominations()).extracting(Nomination::nominee).containsExactly("Chi hội tiêu biểu của " + row.organization());
        });
        assertThat(jdbc.queryForObject("select count(*) from program_review_report where review_id = ?", Integer.class, reported.id()))
                .isEqualTo(6);

        actors.complete(actors.task(instance, "Task_ConsolidateReview"), "px05",
                Map.of(SUMMARY, "Mười năm phối hợp hiệu quả.", CONCLUSIONS, "Tiếp tục nhân rộng mô hình."));
        byte[] docx = document.write(reviews.of(instance.getId()));
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
            assertThat(extractor.getText()).contains("BÁO CÁO", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CÔNG AN TỈNH TÂY NINH",
                    "Mười năm phối hợp hiệu quả.", "Chi hội tiêu biểu của nct", "Tiếp tục nhân rộng mô hình.");
            XWPFTable figures = word.getTables().stream().filter(table -> table.getRow(0).getCell(0).getText().equals("Tổ chức"))
                    .findFirst().orElseThrow();
            var total = figures.getRow(figures.getNumberOfRows() - 1);
            // 1 + … + 6 models, 100 × 21 people, 10 × 21 tips
            assertThat(total.getCell(0).getText()).isEqualTo("Tổng cộng");
            assertThat(total.getCell(1).getText()).isEqualTo("21");
            assertThat(total.getCell(2).getText()).isEqualTo("2100");
            assertThat(total.getCell(3).getText()).isEqualTo("210");
        }

        Task schedule = actors.task(instance, "Task_ScheduleConference");
        assertThatThrownBy(() -> actors.complete(schedule, "pttg", conference(LocalDate.of(2026, 9, 1))))
                .hasRootCauseInstanceOf(SubmissionRuleException.class);
        actors.complete(schedule, "pttg", conference(LocalDate.of(2026, 10, 15)));
        assertThat(reviews.of(instance.getId()).invitees()).containsExactlyInAnyOrder("ldld", "lhpn", "cat");
        time.set(at(2026, 10, 16, 9, 0));
        actors.complete(actors.task(instance, "Task_RecordConference"), "px05",
                Map.of(HELD_ON, "2026-10-15", ATTENDANCE, 150L, OUTCOME, "Hội nghị biểu dương 12 tập thể, 18 cá nhân."));
        BpmnAwareTests.assertThat(instance).hasPassed("EndEvent_ReviewClosed").isEnded();
        ProgramReview held = reviews.of(instance.getId());
        assertThat(held.status()).isEqualTo(ReviewStatus.HELD);
        assertThat(held.attendance()).isEqualTo(150);
    }

    @Test
    void aLateReportIsRemindedThenEscalatedAndStaysOpenUntilSent() {
        ProcessInstance instance = opened("px05", LocalDate.of(2026, 9, 20));
        for (String organization : MEMBERS) {
            if (!organization.equals("nd")) {
                actors.complete(actors.branchTask(instance, "Task_SubmitReviewReport", ORGANIZATION, organization), organization,
                        report(organization, 1, 1, 1));
            }
        }
        time.runAsyncSteps(instance.getId());
        Task late = actors.task(instance, "Task_SubmitReviewReport");
        time.set(at(2026, 9, 19, 0, 1));
        assertThat(time.runDueTimers(instance.getId())).isEqualTo(1);
        assertThat(reviews.of(instance.getId()).report("nd").reminded()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient_id = 'nd' and kind = 'TASK_REMINDER'"
                + " and task_id = ?", Integer.class, late.getId())).isEqualTo(1);
        time.set(at(2026, 9, 21, 0, 1));
        assertThat(time.runDueTimers(instance.getId())).isEqualTo(1);
        Task direction = actors.task(instance, "Task_DirectLateReport");
        assertThat(actors.candidateGroups(direction)).containsExactly("pttg");
        actors.complete(direction, "pttg", Map.of(DIRECTION, "Đề nghị Hội Nông dân gửi ngay."));
        actors.complete(late, "nd", report("nd", 2, 20, 2));
        time.runAsyncSteps(instance.getId());
        BpmnAwareTests.assertThat(instance).hasPassed("Task_RemindReporter", "EndEvent_LateReportDirected", "EndEvent_ReportSubmitted")
                .isWaitingAt("Task_ConsolidateReview");
        ReviewReport nd = reviews.of(instance.getId()).report("nd");
        assertThat(nd.escalated()).isTrue();
        assertThat(nd.escalationNote()).isEqualTo("Đề nghị Hội Nông dân gửi ngay.");
        assertThat(nd.modelsBuilt()).isEqualTo(2);
    }

    @Test
    void stepsBreakingARuleAreRefusedAndNothingIsSaved() {
        assertThatThrownBy(() -> actors.signedIn("ldld", () -> runtimeService.startProcessInstanceByKey(PROCESS_ID,
                Map.of(TITLE, "Tổng kết", REPORTS_DUE_ON, "2026-09-30")))).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> opened("px05", LocalDate.of(2026, 9, 1))).isInstanceOf(SubmissionRuleException.class);
        ProcessInstance instance = opened("px05", LocalDate.of(2026, 9, 30));
        Task ldld = actors.branchTask(instance, "Task_SubmitReviewReport", ORGANIZATION, "ldld");
        Map<String, Object> negative = report("ldld", -1, 0, 0);
        assertThatThrownBy(() -> actors.complete(ldld, "ldld", negative)).hasRootCauseInstanceOf(SubmissionRuleException.class);
        Map<String, Object> badNomination = report("ldld", 1, 1, 1);
        badNomination.put(NOMINATIONS, List.of(Map.of("nominee", "Tập thể")));
        assertThatThrownBy(() -> actors.complete(ldld, "ldld", badNomination)).hasRootCauseInstanceOf(SubmissionRuleException.class);
        Map<String, Object> malformed = report("ldld", 1, 1, 1);
        malformed.put(NOMINATIONS, "không phải danh sách");
        assertThatThrownBy(() -> actors.complete(ldld, "ldld", malformed)).hasRootCauseInstanceOf(SubmissionRuleException.class);
        assertThatThrownBy(() -> actors.complete(ldld, "lhpn", report("lhpn", 1, 1, 1))).isInstanceOf(AuthorizationException.class);
        assertThat(reviews.of(instance.getId()).report("ldld").status()).isEqualTo(ReportStatus.PENDING);
        assertThat(reviews.of(instance.getId()).report("ldld").nominations()).isEmpty();
    }

    private ProcessInstance opened(String user, LocalDate dueOn) {
        time.set(START);
        return actors.signedIn(user, () -> runtimeService.startProcessInstanceByKey(PROCESS_ID,
                Map.of(TITLE, "Tổng kết 10 năm Chương trình phối hợp 09", REPORTS_DUE_ON, dueOn.toString())));
    }

    private static Map<String, Object> report(String organization, long models, long people, long tips) {
        Map<String, Object> values = new HashMap<>();
        values.put(RESULTS, "Kết quả 10 năm của " + organization);
        values.put(MODELS_BUILT, models);
        values.put(PEOPLE_MOBILIZED, people);
        values.put(TIPS_RECEIVED, tips);
        values.put(NOMINATIONS, List.of(Map.of("nominee", "Chi hội tiêu biểu của " + organization, "achievement", "Tiêu biểu 10 năm")));
        return values;
    }

    private static Map<String, Object> conference(LocalDate on) {
        return Map.of(CONFERENCE_ON, on.toString(), CONFERENCE_PLACE, "Hội trường Ủy ban MTTQ tỉnh", INVITEES, List.of("ldld", "lhpn", "cat"));
    }
}
