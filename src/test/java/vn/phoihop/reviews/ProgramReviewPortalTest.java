package vn.phoihop.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.phoihop.reviews.ProgramReviewProcessVariables.*;
import static vn.phoihop.testsupport.PortalUsers.as;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.phoihop.attachments.TestFiles;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.testsupport.EngineApiClient;
import vn.phoihop.testsupport.IntegrationTest;
import vn.phoihop.testsupport.PortalPages;

/**
 * The review as its people use it, through the portal: PTTG opens it, a member organisation reports
 * with a nomination and its contribution, a refused report keeps what was typed; the organisation's
 * nomination starts a commendation from the review's page, prefilled; PX05 downloads the Word report;
 * in the REST API an organisation reaches its own report only.
 */
@IntegrationTest
class ProgramReviewPortalTest {

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
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    ReviewService reviews;

    @Test
    void aReportWithANominationStartsACommendationAndTheReviewComesOutInWord() throws Exception {
        mvc.perform(get(START).with(LDLD)).andExpect(status().is4xxClientError());
        ProgramReview review = open("Tổng kết 10 năm – cổng " + System.nanoTime());
        Task ldldReport = branch(review, "member-ldld");
        mvc.perform(get("/tasks/{id}", ldldReport.getId()).with(LHPN)).andExpect(status().isNotFound());
        Document refused = Jsoup.parse(mvc.perform(report(ldldReport, "-3").with(LDLD))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select("textarea[name=" + RESULTS + "]").text()).isEqualTo("Xây dựng 12 mô hình");
        assertThat(refused.select("input[name='nominations[0].nominee']").val()).isEqualTo("Công đoàn cơ sở Công ty A");
        mvc.perform(report(ldldReport, "12").file(new MockMultipartFile(CONTRIBUTION, "tham-luan.pdf", "application/pdf", TestFiles.pdf())).with(LDLD))
                .andExpect(flash().attribute("info", "task.completed"));
        assertThat(reviews.of(review.processInstanceId()).report("ldld").contributionFiles()).isNotBlank();

        // the organisation sees its own report on the review's page, with the link that proposes its nominee
        Document ldldPage = page("/reviews/" + review.id(), LDLD);
        assertThat(ldldPage.select("#reports .report-row")).extracting(row -> row.attr("data-org")).containsExactly("ldld");
        assertThat(ldldPage.select("#report-docx")).isEmpty();
        String propose = ldldPage.select(".propose-commendation").attr("href");
        assertThat(propose).contains("prefill=review:" + review.id() + ":ldld:1");
        Document commendation = page(propose, LDLD);
        assertThat(commendation.select("input[name='nominees[0].name']").val()).isEqualTo("Công đoàn cơ sở Công ty A");
        assertThat(commendation.select("select[name=source] option[selected]").val()).isEqualTo("programme-review");
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("CommendationProcess").count();
        mvc.perform(((MockMultipartHttpServletRequestBuilder) multipart("/processes/CommendationProcess/start")
                        .param("_token", commendation.select("input[name=_token]").val())
                        .param("recordTitle", commendation.select("input[name=recordTitle]").val())
                        .param("proposingOrganization", "ldld").param("source", "programme-review")
                        .param("awardForm", "giay-khen-mttq-tinh").param("nominees[0].kind", "collective")
                        .param("nominees[0].name", commendation.select("input[name='nominees[0].name']").val())
                        .param("nominees[0].organizationName", "Liên đoàn Lao động tỉnh")
                        .param("nominees[0].achievement", commendation.select("textarea[name='nominees[0].achievement']").text()))
                        .file(new MockMultipartFile("proposalLetter", "to-trinh.pdf", "application/pdf", TestFiles.pdf()))
                        .with(csrf()).with(LDLD))
                .andExpect(flash().attribute("info", "process.started.record"));
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("CommendationProcess").count()).isEqualTo(before + 1);
        // another organisation cannot open ldld's nominee's proposal
        mvc.perform(get(propose).with(LHPN)).andExpect(status().isNotFound());

        // the others report; PX05 consolidates and downloads the Word report with the figures
        for (String organization : List.of("lhpn", "doan", "ccb", "nd", "nct")) {
            mvc.perform(report(branch(review, "member-" + organization), "1").with(as(organization, "member-" + organization)))
                    .andExpect(flash().attribute("info", "task.completed"));
        }
        awaitAsync(review.processInstanceId());
        Task consolidate = taskService.createTaskQuery().processInstanceId(review.processInstanceId())
                .taskDefinitionKey("Task_ConsolidateReview").singleResult();
        assertThat(page("/tasks/" + consolidate.getId(), PX05).select("#record-summary #reports .report-row")).hasSize(6);
        mvc.perform(multipart("/tasks/{id}/complete", consolidate.getId()).param(SUMMARY, "Đánh giá chung tốt.")
                .param(CONCLUSIONS, "Nhân rộng.").with(csrf()).with(PX05)).andExpect(flash().attribute("info", "task.completed"));
        byte[] docx = mvc.perform(get("/reviews/{id}/report.docx", review.id()).with(PX05)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
            assertThat(extractor.getText()).contains("Đánh giá chung tốt.", "Công đoàn cơ sở Công ty A", "Liên đoàn Lao động tỉnh");
        }
        mvc.perform(get("/reviews/{id}/report.docx", review.id()).with(LDLD)).andExpect(status().isForbidden());
        assertThat(page("/reviews", PX05).select("#reviews .review-row[data-id=" + review.id() + "] .received").text()).isEqualTo("6 / 6");
    }

    @Test
    void anOrganisationReachesOnlyItsOwnReportThroughTheEngineApi() throws Exception {
        ProgramReview review = open("Tổng kết – REST " + System.nanoTime());
        String ldldTask = branch(review, "member-ldld").getId();
        String lhpnTask = branch(review, "member-lhpn").getId();
        String body = "{\"variables\":{\"results\":{\"value\":\"Kết quả\"},\"modelsBuilt\":{\"value\":1},\"peopleMobilized\":{\"value\":2},"
                + "\"tipsReceived\":{\"value\":3}%s}}";
        assertThat(EngineApiClient.rest(port, "ldld").post("/engine-rest/task/" + lhpnTask + "/complete", body.formatted("")).statusCode())
                .isBetween(400, 499);
        HttpResponse<String> forged = EngineApiClient.rest(port, "ldld").post("/engine-rest/task/" + ldldTask + "/complete",
                body.formatted(",\"organization\":{\"value\":\"lhpn\"}"));
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.body()).contains("organization");
        assertThat(reviews.of(review.processInstanceId()).report("ldld").status()).isEqualTo(ReportStatus.PENDING);
        HttpResponse<String> own = EngineApiClient.rest(port, "ldld").post("/engine-rest/task/" + ldldTask + "/complete", body.formatted(""));
        assertThat(own.statusCode()).as(own.body()).isEqualTo(204);
        assertThat(reviews.of(review.processInstanceId()).report("ldld").tipsReceived()).isEqualTo(3);
        assertThat(reviews.of(review.processInstanceId()).report("lhpn").status()).isEqualTo(ReportStatus.PENDING);
        mvc.perform(get("/reviews/{id}", review.id()).with(as("kp1tanninh", "unit-tn-kp1"))).andExpect(status().isForbidden());
    }

    private ProgramReview open(String title) throws Exception {
        Document form = page(START, PTTG);
        String token = form.select("input[name=_token]").val();
        String dueOn = ProvinceClock.today().plusDays(20).toString();
        Document empty = Jsoup.parse(mvc.perform(multipart(START).param("_token", token).param(TITLE, title).param(REPORTS_DUE_ON, "")
                .with(csrf()).with(PTTG)).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        assertThat(empty.select("input[name=" + TITLE + "]").val()).isEqualTo(title);
        mvc.perform(multipart(START).param("_token", token).param(TITLE, title).param(REPORTS_DUE_ON, dueOn).with(csrf()).with(PTTG))
                .andExpect(flash().attribute("info", "process.started.record"));
        return reviews.all().stream().filter(review -> review.title().equals(title)).findFirst().orElseThrow();
    }

    private MockMultipartHttpServletRequestBuilder report(Task task, String modelsBuilt) {
        return (MockMultipartHttpServletRequestBuilder) multipart("/tasks/{id}/complete", task.getId()).param(MODELS_BUILT, modelsBuilt)
                .param(RESULTS, "Xây dựng 12 mô hình").param(PEOPLE_MOBILIZED, "5000").param(TIPS_RECEIVED, "40")
                .param("nominations[0].nominee", "Công đoàn cơ sở Công ty A").param("nominations[0].achievement", "Tiêu biểu 10 năm")
                .with(csrf());
    }

    private Task branch(ProgramReview review, String group) {
        return taskService.createTaskQuery().processInstanceId(review.processInstanceId()).taskDefinitionKey("Task_SubmitReviewReport")
                .taskCandidateGroup(group).singleResult();
    }

    private void awaitAsync(String instance) throws InterruptedException {
        PortalPages.awaitAsync(managementService, instance);
    }

    private Document page(String url, RequestPostProcessor user) throws Exception {
        return PortalPages.page(mvc, url, user);
    }
}
