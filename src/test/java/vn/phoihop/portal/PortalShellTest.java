package vn.phoihop.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.phoihop.testsupport.PortalUsers.as;

import java.util.Locale;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.phoihop.commendations.Proposals;
import vn.phoihop.testsupport.IntegrationTest;
import vn.phoihop.testsupport.TestUsers;

/** The layout every page shares (issue #10, findings 10 and 11): header, menu, favicon, plurals. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PortalShellTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MessageSource messages;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    IdentityService identityService;

    @Test
    void theHeaderNamesBothBodies() throws Exception {
        Document page = page("/", as("px05", "px05"));
        assertThat(page.getElementById("site-bodies").text())
                .isEqualTo("Công an tỉnh Tây Ninh · Ủy ban MTTQ Việt Nam tỉnh Tây Ninh");
        assertThat(page.getElementById("current-user").text()).isEqualTo("px05");
        // the login page too, before anyone is logged in
        assertThat(Jsoup.parse(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString())
                .getElementById("site-bodies").text()).contains("Công an tỉnh Tây Ninh");
    }

    @Test
    void theMenuMarksTheCurrentPage() throws Exception {
        var px05 = as("px05", "px05");
        assertThat(current(page("/", px05))).isEqualTo("Trang chủ");
        assertThat(current(page("/tasks", px05))).isEqualTo("Công việc");
        assertThat(current(page("/processes", px05))).isEqualTo("Quy trình");
        assertThat(current(page("/commendations", px05))).isEqualTo("Khen thưởng");
        assertThat(current(page("/notifications", px05))).isEqualTo("Thông báo");
        assertThat(current(page("/substitutes", px05))).isEqualTo("Người thay thế");
        assertThat(current(page("/processes/SmokeTestProcess/start", px05))).isEqualTo("Quy trình");
    }

    @Test
    void theCamundaMenuIsForThoseWhoMayUseCockpitOrAdmin() throws Exception {
        // a member organisation may open only Tasklist, which the portal's task list replaces
        assertThat(page("/", as("ldld", "member-ldld")).getElementById("nav-camunda")).isNull();
        assertThat(page("/", as("catptn", "district-police-tptn")).getElementById("nav-camunda")).isNull();

        Element px05 = page("/", as("px05", "px05")).getElementById("nav-camunda");
        assertThat(px05.select("a.dropdown-item")).extracting(Element::text)
                .containsExactly("Danh sách công việc (Camunda)", "Giám sát quy trình");
        assertThat(px05.select("a.dropdown-item").eachAttr("href")).containsExactly("/camunda/app/tasklist/", "/camunda/app/cockpit/");

        Element admin = page("/?lang=en", as("admin", "camunda-admin")).getElementById("nav-camunda");
        assertThat(admin.select("a.dropdown-item")).extracting(Element::text)
                .containsExactly("Tasklist", "Cockpit", "Admin", "Process administration");
        assertThat(admin.select("#nav-admin-processes").attr("href")).isEqualTo("/admin/processes");
    }

    @Test
    void theAppServesItsFavicon() throws Exception {
        MockHttpServletResponse ico = mvc.perform(get("/favicon.ico")).andReturn().getResponse();
        assertThat(ico.getStatus()).isEqualTo(200);
        assertThat(ico.getContentAsByteArray()).startsWith(0, 0, 1, 0); // the ICO header: reserved 0, type 1 (icon)
        MockHttpServletResponse svg = mvc.perform(get("/favicon.svg")).andReturn().getResponse();
        assertThat(svg.getStatus()).isEqualTo(200);
        assertThat(svg.getContentType()).startsWith("image/svg+xml");
        assertThat(page("/", as("px05", "px05")).select("link[rel=icon]").eachAttr("href")).contains("/favicon.svg", "/favicon.ico");
    }

    @Test
    void anEmptyTaskListHasNoBulkControls() throws Exception {
        Document empty = page("/tasks?q=" + UUID.randomUUID(), as("px05", "px05"));
        assertThat(empty.getElementById("no-tasks")).isNotNull();
        assertThat(empty.getElementById("bulk-claim")).isNull();
        assertThat(empty.getElementById("bulk-assignee")).isNull();
    }

    @Test
    void englishCountsOneTaskInTheSingular() throws Exception {
        Element total = page("/tasks?lang=en", as("px05", "px05")).getElementById("task-total");
        assertThat(total.attr("data-template-one")).isEqualTo("{0} task");
        assertThat(total.attr("data-template")).isEqualTo("{0} tasks");
        assertThat(messages.getMessage("tasks.bulk.result", new Object[] {1, 0}, Locale.ENGLISH)).startsWith("1 task done;");
        assertThat(messages.getMessage("tasks.bulk.result", new Object[] {2, 0}, Locale.ENGLISH)).startsWith("2 tasks done;");
        assertThat(messages.getMessage("commendations.total", new Object[] {1}, Locale.ENGLISH)).isEqualTo("Total: 1 proposal");
        assertThat(messages.getMessage("commendations.nominees.count", new Object[] {1, 1}, Locale.ENGLISH))
                .isEqualTo("1 nominee, 1 awarded");
        assertThat(messages.getMessage("home.summary.open", new Object[] {1}, Locale.ENGLISH)).isEqualTo("1 task waits for you");
    }

    /** Finding 11: the history says how a decided step went, from the step's form and the value it submitted. */
    @Test
    void theHistorySaysTheOutcomeOfADecidedStep() throws Exception {
        Proposals proposals = new Proposals(processEngine);
        String proposalId = proposals.propose("ldld", "member-ldld", "ldld", "Lịch sử " + UUID.randomUUID(), "giay-khen-giam-doc-cat",
                Proposals.individual("Nguyễn Văn C", "Tổ trưởng", "Tổ dân cư số 5", "Vận động 100% hộ"));
        proposals.returnForRevision(proposalId);
        Document page = page("/instances/" + proposals.instanceOf(proposalId), as("px05", "px05"));
        assertThat(page.select(".timeline-entry[data-event=history.taskCompleted] .timeline-detail")).extracting(Element::text)
                .containsExactly("Thẩm định đề nghị khen thưởng – Kết quả thẩm định: Trả lại để bổ sung hồ sơ");
        // a step whose form has no decision field is told as before
        assertThat(page.select(".timeline-entry[data-event=history.taskCreated] .timeline-detail").eachText())
                .contains("Bổ sung, chỉnh sửa đề nghị");
    }

    /** Finding 11: a process rule's refusal is a normal answer, not an error with a stack trace in the log. */
    @Test
    void aRefusedSubmissionIsNotLoggedAsAnError(CapturedOutput output) throws Exception {
        Proposals proposals = new Proposals(processEngine);
        String proposalId = proposals.propose("ldld", "member-ldld", "ldld", "Từ chối " + UUID.randomUUID(), "giay-khen-giam-doc-cat",
                Proposals.individual("Nguyễn Văn D", "Tổ trưởng", "Tổ dân cư số 6", "Vận động 100% hộ"));
        String taskId = proposals.openTask(proposalId, Proposals.APPRAISAL).getId();
        int before = output.getAll().length();
        // passed, but no nominee ticked: CommendationRecorder's rule refuses it inside the engine
        mvc.perform(post("/tasks/{id}/complete", taskId).param("appraisalOutcome", "pass").param("appraisalComment", "Đạt")
                        .with(csrf()).with(as("px05", "px05")))
                .andExpect(status().isBadRequest());
        String logged = output.getAll().substring(before);
        assertThat(logged).doesNotContain(" ERROR ").doesNotContain("SubmissionRuleException");
    }

    /** Finding 11: the substitute picker says why it is empty. */
    @Test
    void theSubstitutePickerExplainsWhenThereIsNobodyToChoose() throws Exception {
        TestUsers users = new TestUsers(identityService);
        String alone = users.newUser("alone", users.newGroup("alone"));
        Document page = page("/substitutes", as(alone, identityService.createGroupQuery().groupMember(alone).singleResult().getId()));
        assertThat(page.select("#substituteId option[value]")).extracting(option -> option.attr("value")).containsExactly("");
        assertThat(page.getElementById("no-colleagues").text()).startsWith("Không có ai để chọn: người thay thế phải là người cùng nhóm");
    }

    /** Finding 11: in English the decision's date is English too. */
    @Test
    void anEnglishPageWritesTheDecisionDateInEnglish() throws Exception {
        Proposals proposals = new Proposals(processEngine);
        String proposalId = proposals.propose("ldld", "member-ldld", "ldld", "Quyết định " + UUID.randomUUID(), "giay-khen-giam-doc-cat",
                Proposals.individual("Nguyễn Văn E", "Tổ trưởng", "Tổ dân cư số 7", "Vận động 100% hộ"));
        proposals.appraise(proposalId, "Đúng đối tượng", 1);
        proposals.approve(proposalId, Proposals.POLICE_APPROVAL, "bgdca", "police-leaders", 1);
        proposals.issueDecision(proposalId);
        String english = page("/commendations/" + proposalId + "?lang=en", as("px05", "px05")).selectFirst("#proposal-decision span").text();
        assertThat(english).matches("No\\. \\d{2,}/QĐ-CAT of \\d{1,2} [A-Z][a-z]+ \\d{4}");
        assertThat(page("/commendations/" + proposalId, as("px05", "px05")).selectFirst("#proposal-decision span").text())
                .matches("Số: \\d{2,}/QĐ-CAT, ngày \\d{2} tháng \\d{1,2} năm \\d{4}");
    }

    private Document page(String path, RequestPostProcessor user) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user)).andReturn().getResponse().getContentAsString());
    }

    private static String current(Document page) {
        assertThat(page.select("#main-menu [aria-current=page]")).hasSize(1);
        return page.selectFirst("#main-menu [aria-current=page]").ownText().isEmpty()
                ? page.selectFirst("#main-menu [aria-current=page] span").text()
                : page.selectFirst("#main-menu [aria-current=page]").text();
    }
}
