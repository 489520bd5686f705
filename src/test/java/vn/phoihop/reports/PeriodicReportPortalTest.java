package vn.phoihop.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.phoihop.reports.PeriodicReportProcessVariables.*;
import static vn.phoihop.testsupport.PortalUsers.as;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.phoihop.organizations.OrganizationGroups;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.testsupport.EngineApiClient;
import vn.phoihop.testsupport.IntegrationTest;
import vn.phoihop.testsupport.PortalPages;
import vn.phoihop.testsupport.TestUsers;
import vn.phoihop.units.TestUnits;

/**
 * The periodic report as its people use it, through the portal: PTTG opens it (a refused start keeps
 * what was chosen), an organisation writes its part beside the figures the system holds for it and sees
 * its own part only, PX05 consolidates with every part beside the form and downloads the provincial
 * report as Word, PDF and Excel; in the REST API an organisation reaches its own part only and cannot
 * send a figure.
 */
@IntegrationTest
class PeriodicReportPortalTest {

    private static final String START = "/processes/" + PROCESS_ID + "/start";
    private static final RequestPostProcessor PX05 = as("px05", "px05");
    private static final RequestPostProcessor PTTG = as("pttg", "pttg");
    private static final RequestPostProcessor LDLD = as("ldld", "member-ldld");
    private static final RequestPostProcessor LHPN = as("lhpn", "member-lhpn");

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    IdentityService identityService;
    @Autowired
    PeriodicReportService reports;
    @Autowired
    OrganizationGroups organizationGroups;

    @Test
    void anOrganisationWritesItsPartBesideItsFiguresAndTheProvincialReportComesOutInWordPdfAndExcel() throws Exception {
        mvc.perform(get(START).with(LDLD)).andExpect(status().is4xxClientError());
        PeriodicReport report = open(ReportPeriod.HALF_YEAR);
        int year = report.year();
        Task ldldPart = part(report, "ldld");
        mvc.perform(get("/tasks/{id}", ldldPart.getId()).with(LHPN)).andExpect(status().isNotFound());
        Document form = page("/tasks/" + ldldPart.getId(), LDLD);
        assertThat(form.select("#record-summary .part-row")).extracting(row -> row.attr("data-org")).containsExactly("ldld");
        ReportedFigures now = reports.currentFigures("ldld", year);
        assertThat(form.select("#record-summary [data-figure=updatesAsked]").text()).isEqualTo(String.valueOf(now.value("updatesAsked")));
        assertThat(form.select("#record-summary [data-figure=units]")).isEmpty();

        Document refused = Jsoup.parse(mvc.perform(submit(ldldPart, "").with(LDLD)).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString());
        assertThat(refused.select("textarea[name=" + DIFFICULTIES + "]").text()).isEqualTo("Thiếu kinh phí");
        // longer than the 4,000 characters of Camunda's String variables, within the form's 8,000
        String results = "Hoàn thành các chỉ tiêu. " + "Chi tiết kết quả. ".repeat(300);
        mvc.perform(submit(ldldPart, results).with(LDLD)).andExpect(flash().attribute("info", "task.completed"));
        assertThat(reports.of(report.processInstanceId()).part("ldld").results()).isEqualTo(results.strip()).hasSizeGreaterThan(4000);
        assertThat(reports.of(report.processInstanceId()).part("ldld").figures().value("updatesAsked")).isEqualTo(now.value("updatesAsked"));

        TestUsers users = new TestUsers(identityService);
        for (Task task : taskService.createTaskQuery().processInstanceId(report.processInstanceId())
                .taskDefinitionKey("Task_SubmitOrganizationReport").list()) {
            String group = organizationGroups.groupOf((String) taskService.getVariable(task.getId(), ORGANIZATION));
            mvc.perform(submit(task, "Kết quả của " + group).with(as(users.newUser("bc", group), group)))
                    .andExpect(flash().attribute("info", "task.completed"));
        }
        awaitAsync(report.processInstanceId());
        Task consolidate = taskService.createTaskQuery().processInstanceId(report.processInstanceId())
                .taskDefinitionKey("Task_ConsolidateProvincialReport").singleResult();
        int parts = report.organizations().size();
        assertThat(page("/tasks/" + consolidate.getId(), PX05).select("#record-summary .part-row")).hasSize(parts);
        mvc.perform(multipart("/tasks/{id}/complete", consolidate.getId()).param(SUMMARY, "Đánh giá chung <b>tốt</b>.")
                .param(DIRECTIONS, "Tiếp tục.").with(csrf()).with(PX05)).andExpect(flash().attribute("info", "task.completed"));

        Document page = page("/reports/" + report.id(), PX05);
        assertThat(page.select("#report-summary").html()).contains("&lt;b&gt;");
        assertThat(page.select("#parts .part-row")).hasSize(parts);
        assertThat(page.select("#report-docx, #report-pdf, #report-xlsx")).hasSize(3);
        byte[] docx = mvc.perform(get("/reports/{id}/report.docx", report.id()).with(PX05)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFWordExtractor word = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            assertThat(word.getText()).contains("BÁO CÁO", "Đánh giá chung <b>tốt</b>.", "Hoàn thành các chỉ tiêu", "SỐ LIỆU");
        }
        byte[] pdf = mvc.perform(get("/reports/{id}/report.pdf", report.id()).with(PX05)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Đánh giá chung <b>tốt</b>.", "Hoàn thành các chỉ tiêu");
        }
        byte[] xlsx = mvc.perform(get("/reports/{id}/figures.xlsx", report.id()).with(PX05)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(parts + 1);
            assertThat(sheet.getRow(0).getCell(3 + ReportedFigures.LABELS.indexOf("updatesAsked")).getStringCellValue())
                    .isEqualTo("Lượt giao ban phải gửi");
        }
        mvc.perform(get("/reports/{id}/report.docx", report.id()).with(LDLD)).andExpect(status().isForbidden());
        mvc.perform(get("/reports/{id}/figures.xlsx", report.id()).with(LDLD)).andExpect(status().isForbidden());
        assertThat(page("/reports?year=" + year, PX05).select("#reports .report-row[data-id=" + report.id() + "] .received").text())
                .isEqualTo(parts + " / " + parts);
        // an organisation sees its own part, a commune police its own, a unit nothing
        assertThat(page("/reports/" + report.id(), LDLD).select("#parts .part-row")).extracting(row -> row.attr("data-org"))
                .containsExactly("ldld");
        assertThat(page("/reports/" + report.id(), as("catanninh", "commune-police-tan-ninh")).select("#parts .part-row"))
                .extracting(row -> row.attr("data-org")).containsExactly(TestUnits.TAN_NINH_POLICE);
        mvc.perform(get("/reports/{id}", report.id()).with(as("kp1tanninh", "unit-tn-kp1"))).andExpect(status().isForbidden());
    }

    @Test
    void anOrganisationReachesOnlyItsOwnPartThroughTheEngineApiAndCannotSendAFigure() throws Exception {
        PeriodicReport report = open(ReportPeriod.YEAR);
        String ldldTask = part(report, "ldld").getId();
        String lhpnTask = part(report, "lhpn").getId();
        String body = "{\"variables\":{\"results\":{\"value\":\"Kết quả qua REST\"}%s}}";
        assertThat(EngineApiClient.rest(port, "ldld").post("/engine-rest/task/" + lhpnTask + "/complete", body.formatted("")).statusCode())
                .isBetween(400, 499);
        for (String forged : new String[] {",\"organization\":{\"value\":\"lhpn\"}", ",\"zaloMembers\":{\"value\":100000}"}) {
            HttpResponse<String> refused = EngineApiClient.rest(port, "ldld").post("/engine-rest/task/" + ldldTask + "/complete",
                    body.formatted(forged));
            assertThat(refused.statusCode()).isEqualTo(400);
        }
        assertThat(reports.of(report.processInstanceId()).part("ldld").status()).isEqualTo(OrganizationReportStatus.PENDING);
        HttpResponse<String> own = EngineApiClient.rest(port, "ldld").post("/engine-rest/task/" + ldldTask + "/complete", body.formatted(""));
        assertThat(own.statusCode()).as(own.body()).isEqualTo(204);
        OrganizationReport ldld = reports.of(report.processInstanceId()).part("ldld");
        assertThat(ldld.results()).isEqualTo("Kết quả qua REST");
        assertThat(ldld.figures().value("zaloMembers")).isEqualTo(reports.currentFigures("ldld", report.year()).value("zaloMembers"));
        assertThat(reports.of(report.processInstanceId()).part("lhpn").status()).isEqualTo(OrganizationReportStatus.PENDING);
    }

    private PeriodicReport open(ReportPeriod period) throws Exception {
        Document form = page(START, PTTG);
        String token = form.select("input[name=_token]").val();
        String year = String.valueOf(ProvinceClock.today().getYear());
        Document empty = Jsoup.parse(mvc.perform(multipart(START).param("_token", token).param(PERIOD, period.name()).param(YEAR, year)
                .param(REPORTS_DUE_ON, "").with(csrf()).with(PTTG)).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString());
        assertThat(empty.select("select[name=" + PERIOD + "] option[selected]").val()).isEqualTo(period.name());
        assertThat(empty.select("input[name=" + YEAR + "]").val()).isEqualTo(year);
        Set<String> before = reports.all().stream().map(PeriodicReport::id).collect(Collectors.toSet());
        mvc.perform(multipart(START).param("_token", token).param(PERIOD, period.name()).param(YEAR, year)
                .param(REPORTS_DUE_ON, ProvinceClock.today().plusDays(10).toString()).with(csrf()).with(PTTG))
                .andExpect(flash().attribute("info", "process.started.record"));
        // the schedule's timer may open one of its own meanwhile: this one is PTTG's
        List<PeriodicReport> opened = reports.all().stream().filter(report -> !before.contains(report.id()))
                .filter(report -> "pttg".equals(report.openedBy())).toList();
        assertThat(opened).hasSize(1);
        return opened.get(0);
    }

    private MockMultipartHttpServletRequestBuilder submit(Task task, String results) {
        return (MockMultipartHttpServletRequestBuilder) multipart("/tasks/{id}/complete", task.getId()).param(RESULTS, results)
                .param(DIFFICULTIES, "Thiếu kinh phí").param(RECOMMENDATIONS, "Bổ sung kinh phí").with(csrf());
    }

    private Task part(PeriodicReport report, String organization) {
        return taskService.createTaskQuery().processInstanceId(report.processInstanceId()).taskDefinitionKey("Task_SubmitOrganizationReport")
                .taskCandidateGroup(organizationGroups.groupOf(organization)).singleResult();
    }

    private void awaitAsync(String instance) throws InterruptedException {
        PortalPages.awaitAsync(managementService, instance);
    }

    private Document page(String url, RequestPostProcessor user) throws Exception {
        return PortalPages.page(mvc, url, user);
    }
}
