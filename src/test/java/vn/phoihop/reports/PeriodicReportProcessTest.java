package vn.phoihop.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.phoihop.reports.PeriodicReportProcessVariables.*;
import static vn.phoihop.testsupport.EngineActors.at;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.organizations.OrganizationGroups;
import vn.phoihop.testsupport.EngineActors;
import vn.phoihop.testsupport.EngineTime;
import vn.phoihop.testsupport.IntegrationTest;
import vn.phoihop.testsupport.TestUsers;
import vn.phoihop.units.TestUnits;
import vn.phoihop.units.UnitKind;
import vn.phoihop.units.UnitRegistry;
import vn.phoihop.zalo.ZaloGroup;
import vn.phoihop.zalo.ZaloGroupDetails;
import vn.phoihop.zalo.ZaloGroupLevel;
import vn.phoihop.zalo.ZaloGroupRepository;

/**
 * One test per path of {@code processes/PeriodicReportProcess.bpmn} and its schedule, on the engine's
 * clock: every organisation of the 2026 tree (communes' police and Front, member organisations) reports,
 * each part carrying the figures counted from the records the test makes, the provincial report is
 * returned then approved and its Word, PDF and Excel files add the parts up; a late part is reminded,
 * escalated, then left missing when reporting closes; the schedule opens the six-monthly report; a
 * refused step saves nothing.
 */
@IntegrationTest
class PeriodicReportProcessTest {

    /** Monday 8 June 2026, 09:00 in the province. */
    private static final Date START = at(2026, 6, 8, 9, 0);
    private static final LocalDate DUE_ON = LocalDate.of(2026, 6, 19);

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
    PeriodicReportService reports;
    @Autowired
    ProvincialReportFiles files;
    @Autowired
    OrganizationGroups organizationGroups;
    @Autowired
    UnitRegistry units;
    @Autowired
    ZaloGroupRepository zaloGroups;
    @Autowired
    JdbcTemplate jdbc;

    @RegisterExtension
    EngineTime time = EngineTime.pausedAt(START);

    private EngineActors actors;
    private TestUsers users;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        actors = new EngineActors(identityService, taskService);
        users = new TestUsers(identityService);
    }

    @Test
    void everyPartCarriesTheFiguresOfTheRecordsAndTheProvincialReportIsReturnedThenApproved() throws Exception {
        ReportedFigures policeBefore = reports.currentFigures(TestUnits.TAN_NINH_POLICE, 2026);
        ReportedFigures lhpnBefore = reports.currentFigures("lhpn", 2026);
        TestUnits.create(units, UnitKind.RESIDENTIAL_AREA, "catanninh");
        TestUnits.create(units, UnitKind.AGENCY, "catanninh");
        ZaloGroup group = ZaloGroup.register("ZL-BC-" + System.nanoTime(), new ZaloGroupDetails("lhpn", "Chi hội phụ nữ báo cáo",
                ZaloGroupLevel.PROVINCE, null, null, null, null), "test", Instant.now());
        group.count(LocalDate.of(2026, 6, 1), 250, "test", Instant.now());
        zaloGroups.save(group);

        ProcessInstance instance = opened("px05", ReportPeriod.HALF_YEAR, 2026, DUE_ON);
        PeriodicReport report = reports.of(instance.getId());
        assertThat(report.id()).matches("BC-2026-\\d{4}").isEqualTo(instance.getBusinessKey());
        assertThat(report.openedBy()).isEqualTo("px05");
        List<String> asked = report.organizations().stream().map(OrganizationReport::organization).toList();
        // the tree of 2026: the communes' police and Front and the member organisations, no district (ended June 2025)
        assertThat(asked).contains(TestUnits.TAN_NINH_POLICE, "lhpn", "ldld").noneMatch(code -> code.startsWith("district"));
        assertThat(organizationGroups.memberOrganizationsOn(LocalDate.of(2026, 6, 8))).allMatch(asked::contains);
        List<Task> parts = actors.tasks(instance, "Task_SubmitOrganizationReport");
        assertThat(parts).hasSize(asked.size());

        for (Task task : parts) {
            String organization = (String) taskService.getVariable(task.getId(), ORGANIZATION);
            String group0 = actors.candidateGroups(task).get(0);
            assertThat(group0).isEqualTo(organizationGroups.groupOf(organization));
            Map<String, Object> values = part(organization);
            // a figure typed into the form is not a field of it and changes nothing
            values.put("zaloMembers", 999_999L);
            actors.complete(task, users.newUser("bc", group0), values);
        }
        time.runAsyncSteps(instance.getId());
        BpmnAwareTests.assertThat(instance).isWaitingAt("Task_ConsolidateProvincialReport");
        PeriodicReport reported = reports.of(instance.getId());
        assertThat(reported.submittedCount()).isEqualTo(asked.size());
        assertThat(reported.onTimeCount()).isEqualTo(asked.size());
        ReportedFigures police = reported.part(TestUnits.TAN_NINH_POLICE).figures();
        assertThat(police.value("units")).isEqualTo(policeBefore.value("units") + 2);
        assertThat(police.value("updatesAsked")).isNull();
        ReportedFigures lhpn = reported.part("lhpn").figures();
        assertThat(lhpn.value("zaloMembers")).isEqualTo(lhpnBefore.value("zaloMembers") + 250);
        assertThat(lhpn.value("units")).isNull();
        assertThat(lhpn.value("updatesAsked")).isNotNull();
        assertThat(reported.part("lhpn").results()).isEqualTo("Kết quả 6 tháng của lhpn");

        actors.complete(actors.task(instance, "Task_ConsolidateProvincialReport"), "pttg",
                Map.of(SUMMARY, "Sáu tháng đầu năm phối hợp chặt chẽ.", DIRECTIONS, "Sáu tháng cuối năm tập trung kiểm tra mô hình."));
        Task approval = actors.task(instance, "Task_ApproveProvincialReport");
        assertThat(actors.candidateGroups(approval)).containsExactlyInAnyOrder("police-leaders", "front-leaders");
        assertThatThrownBy(() -> actors.complete(approval, "bgdca", Map.of(APPROVAL_OUTCOME, OUTCOME_RETURN, APPROVAL_COMMENT, " ")))
                .hasRootCauseInstanceOf(SubmissionRuleException.class);
        assertThatThrownBy(() -> actors.complete(approval, "bgdca", Map.of(APPROVAL_OUTCOME, "maybe")))
                .hasRootCauseInstanceOf(SubmissionRuleException.class);
        actors.complete(approval, "bgdca", Map.of(APPROVAL_OUTCOME, OUTCOME_RETURN, APPROVAL_COMMENT, "Bổ sung số liệu Zalo."));
        assertThat(reports.of(instance.getId()).status()).isEqualTo(PeriodicReportStatus.RETURNED);
        assertThat(reports.of(instance.getId()).returnReason()).isEqualTo("Bổ sung số liệu Zalo.");
        actors.complete(actors.task(instance, "Task_ConsolidateProvincialReport"), "px05",
                Map.of(SUMMARY, "Sáu tháng đầu năm phối hợp chặt chẽ, nhóm Zalo tăng.", DIRECTIONS, "Kiểm tra mô hình."));
        actors.complete(actors.task(instance, "Task_ApproveProvincialReport"), "bttmttq", Map.of(APPROVAL_OUTCOME, OUTCOME_APPROVE));
        BpmnAwareTests.assertThat(instance).hasPassed("EndEvent_ReportApproved").isEnded();
        PeriodicReport approved = reports.of(instance.getId());
        assertThat(approved.status()).isEqualTo(PeriodicReportStatus.APPROVED);
        assertThat(approved.approvedBy()).isEqualTo("bttmttq");

        int zaloTotal = approved.organizations().stream().mapToInt(p -> p.figures().value("zaloMembers")).sum();
        int unitsTotal = approved.organizations().stream().map(p -> p.figures().value("units")).filter(v -> v != null)
                .mapToInt(Integer::intValue).sum();
        ProvincialReportContent content = files.content(approved);
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(files.docx(content)));
             XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
            assertThat(extractor.getText()).contains("BÁO CÁO", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "sơ kết 6 tháng đầu năm 2026",
                    "Sáu tháng đầu năm phối hợp chặt chẽ, nhóm Zalo tăng.", "Kết quả 6 tháng của lhpn", "Kiểm tra mô hình.",
                    "Đã nhận " + asked.size() + "/" + asked.size());
            XWPFTable figures = word.getTables().stream().filter(table -> table.getRow(0).getCell(1).getText().equals("Chỉ tiêu"))
                    .findFirst().orElseThrow();
            assertThat(figures.getRow(ReportedFigures.LABELS.indexOf("zaloMembers") + 1).getCell(2).getText())
                    .isEqualTo(String.valueOf(zaloTotal));
            assertThat(figures.getRow(ReportedFigures.LABELS.indexOf("units") + 1).getCell(2).getText())
                    .isEqualTo(String.valueOf(unitsTotal));
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(files.xlsx(content)))) {
            Sheet sheet = workbook.getSheetAt(0);
            int zaloColumn = 3 + ReportedFigures.LABELS.indexOf("zaloMembers");
            assertThat(sheet.getRow(0).getCell(zaloColumn).getStringCellValue()).isEqualTo("Thành viên nhóm Zalo");
            Row total = sheet.getRow(sheet.getLastRowNum());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(total.getCell(zaloColumn).getNumericCellValue()).isEqualTo(zaloTotal);
            assertThat(sheet.getLastRowNum()).isEqualTo(asked.size() + 1);
        }
        try (PDDocument pdf = Loader.loadPDF(files.pdf(content))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("BÁO CÁO", "Sáu tháng đầu năm phối hợp chặt chẽ, nhóm Zalo tăng.", "Thành viên nhóm Zalo",
                    String.valueOf(zaloTotal));
        }
    }

    @Test
    void aLatePartIsRemindedThenEscalatedAndLeftMissingWhenReportingCloses() throws Exception {
        ProcessInstance instance = opened("pttg", ReportPeriod.YEAR, 2026, DUE_ON);
        for (Task task : actors.tasks(instance, "Task_SubmitOrganizationReport")) {
            String organization = (String) taskService.getVariable(task.getId(), ORGANIZATION);
            if (!organization.equals("nd")) {
                actors.complete(task, users.newUser("bc", organizationGroups.groupOf(organization)), part(organization));
            }
        }
        time.runAsyncSteps(instance.getId());
        Task late = actors.task(instance, "Task_SubmitOrganizationReport");
        assertThat(late.getDueDate()).isEqualTo(Date.from(reports.of(instance.getId()).reportsDueAt()));
        time.set(at(2026, 6, 18, 0, 1));
        assertThat(time.runDueTimers(instance.getId())).isEqualTo(1);
        assertThat(reports.of(instance.getId()).part("nd").reminded()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from notification where kind = 'TASK_REMINDER' and task_id = ?",
                Integer.class, late.getId())).isPositive();
        time.set(at(2026, 6, 20, 0, 1));
        assertThat(time.runDueTimers(instance.getId())).isEqualTo(1);
        Task direction = actors.task(instance, "Task_DirectLateOrganizationReport");
        assertThat(actors.candidateGroups(direction)).containsExactly(organizationGroups.escalationGroupOf("nd"));
        actors.complete(direction, "pttg", Map.of(DIRECTION, "Đề nghị Hội Nông dân gửi ngay."));
        time.runAsyncSteps(instance.getId());
        // Friday 26 June, 17:00: five working days after the due day, reporting closes without the part
        time.set(at(2026, 6, 26, 17, 1));
        assertThat(time.runDueTimers(instance.getId())).isEqualTo(1);
        BpmnAwareTests.assertThat(instance).hasPassed("Task_RemindReportingOrganization", "EndEvent_LatePartDirected")
                .isWaitingAt("Task_ConsolidateProvincialReport");
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_SubmitOrganizationReport")
                .count()).isZero();
        OrganizationReport nd = reports.of(instance.getId()).part("nd");
        assertThat(nd.status()).isEqualTo(OrganizationReportStatus.PENDING);
        assertThat(nd.escalated()).isTrue();
        assertThat(nd.escalationNote()).isEqualTo("Đề nghị Hội Nông dân gửi ngay.");
        actors.complete(actors.task(instance, "Task_ConsolidateProvincialReport"), "px05",
                Map.of(SUMMARY, "Tổng kết năm.", DIRECTIONS, "Năm tới."));
        ProvincialReportContent content = files.content(reports.of(instance.getId()));
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(files.docx(content))))) {
            assertThat(extractor.getText()).contains("Hội Nông dân tỉnh: chưa gửi báo cáo.", "tổng kết năm 2026");
        }
    }

    @Test
    void theScheduleOpensTheSixMonthlyReportInJuneAndTheYearlyOneInNovember() {
        PeriodicReport june = scheduledAt(at(2026, 6, 10, 8, 1));
        assertThat(june.period()).isEqualTo(ReportPeriod.HALF_YEAR);
        assertThat(june.year()).isEqualTo(2026);
        assertThat(june.openedBy()).isNull();
        // ten working days after Wednesday 10 June 2026
        assertThat(june.reportsDueOn()).isEqualTo(LocalDate.of(2026, 6, 24));
        PeriodicReport november = scheduledAt(at(2026, 11, 10, 8, 1));
        assertThat(november.period()).isEqualTo(ReportPeriod.YEAR);
        assertThat(november.reportsDueOn()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(taskService.createTaskQuery().processInstanceId(november.processInstanceId())
                .taskDefinitionKey("Task_SubmitOrganizationReport").count()).isEqualTo(november.organizations().size());
    }

    private PeriodicReport scheduledAt(Date now) {
        Job timer = managementService.createJobQuery().processDefinitionKey(SCHEDULE_PROCESS_ID).timers().list().stream()
                .filter(job -> job.getProcessInstanceId() == null).findFirst().orElseThrow();
        List<String> before = runtimeService.createProcessInstanceQuery().processDefinitionKey(SCHEDULE_PROCESS_ID).list().stream()
                .map(ProcessInstance::getId).toList();
        time.set(now);
        managementService.executeJob(timer.getId());
        ProcessInstance schedule = runtimeService.createProcessInstanceQuery().processDefinitionKey(SCHEDULE_PROCESS_ID).list().stream()
                .filter(candidate -> !before.contains(candidate.getId())).findFirst().orElseThrow();
        BpmnAwareTests.assertThat(schedule).isWaitingAt("CallActivity_PeriodicReport");
        ProcessInstance called = runtimeService.createProcessInstanceQuery().superProcessInstanceId(schedule.getId()).singleResult();
        return reports.of(called.getId());
    }

    @Test
    void stepsBreakingARuleAreRefusedAndNothingIsSaved() {
        assertThatThrownBy(() -> actors.signedIn("ldld", () -> runtimeService.startProcessInstanceByKey(PROCESS_ID,
                Map.of(PERIOD, "YEAR", YEAR, 2026L, REPORTS_DUE_ON, "2026-06-19")))).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> opened("px05", ReportPeriod.YEAR, 2027, DUE_ON)).isInstanceOf(SubmissionRuleException.class);
        assertThatThrownBy(() -> opened("px05", ReportPeriod.YEAR, 2026, LocalDate.of(2026, 6, 1)))
                .isInstanceOf(SubmissionRuleException.class);
        assertThatThrownBy(() -> actors.signedIn("px05", () -> runtimeService.startProcessInstanceByKey(PROCESS_ID,
                Map.of(PERIOD, "QUARTER", YEAR, 2026L, REPORTS_DUE_ON, "2026-06-19")))).isInstanceOf(SubmissionRuleException.class);
        ProcessInstance instance = opened("px05", ReportPeriod.YEAR, 2026, DUE_ON);
        Task ldld = actors.branchTask(instance, "Task_SubmitOrganizationReport", ORGANIZATION, "ldld");
        Map<String, Object> empty = part("ldld");
        empty.put(RESULTS, " ");
        assertThatThrownBy(() -> actors.complete(ldld, "ldld", empty)).hasRootCauseInstanceOf(SubmissionRuleException.class);
        assertThatThrownBy(() -> actors.complete(ldld, "lhpn", part("lhpn"))).isInstanceOf(AuthorizationException.class);
        assertThat(reports.of(instance.getId()).part("ldld").status()).isEqualTo(OrganizationReportStatus.PENDING);
        assertThat(reports.of(instance.getId()).part("ldld").figures()).isNull();
    }

    private ProcessInstance opened(String user, ReportPeriod period, int year, LocalDate dueOn) {
        time.set(START);
        return actors.signedIn(user, () -> runtimeService.startProcessInstanceByKey(PROCESS_ID,
                Map.of(PERIOD, period.name(), YEAR, (long) year, REPORTS_DUE_ON, dueOn.toString())));
    }

    private static Map<String, Object> part(String organization) {
        Map<String, Object> values = new HashMap<>();
        values.put(RESULTS, "Kết quả 6 tháng của " + organization);
        values.put(DIFFICULTIES, "Còn khó khăn của " + organization);
        values.put(RECOMMENDATIONS, "Kiến nghị của " + organization);
        return values;
    }
}
