package vn.phoihop.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.phoihop.testsupport.PortalUsers.as;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import vn.phoihop.attachments.TestFiles;
import vn.phoihop.tasks.RecordTitle;
import vn.phoihop.testsupport.IntegrationTest;
import vn.phoihop.testsupport.PortalBrowser;

/**
 * Nothing typed in a form is lost (issue #10, finding 2), on the test process's review form
 * (a required comment of at most 500 characters and a file picker): the files of a refused
 * submission, a draft, a comment posted meanwhile, a session that expired before the post.
 */
@IntegrationTest
class UnsentFormsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UnsentForms unsent;
    @Autowired
    SessionRepository<?> sessions;
    @LocalServerPort
    int port;

    private Task newTask() {
        var instance = runtimeService.startProcessInstanceByKey("SmokeTestProcess",
                Map.of(RecordTitle.VARIABLE, "Giữ biểu mẫu " + UUID.randomUUID().toString().substring(0, 8)));
        return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    private Document page(String url, String user, String group) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(as(user, group))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private static MockMultipartFile pdf(String name) {
        return new MockMultipartFile("evidence", name, "application/pdf", TestFiles.pdf());
    }

    @Test
    void aRefusedFormShowsItsChosenFilesAndTheCorrectedFormSendsThem() throws Exception {
        Task task = newTask();
        Document refused = Jsoup.parse(mvc.perform(multipart("/tasks/{id}/complete", task.getId())
                        .file(pdf("bien-ban.pdf")).param("reviewComment", "").with(csrf()).with(as("px05", "px05")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select("textarea[name=reviewComment].is-invalid")).hasSize(1);
        var kept = refused.select("#fld-evidence-kept input.kept-file[name=_keepFile][checked]");
        assertThat(kept).hasSize(1);
        assertThat(refused.select("#fld-evidence-kept label").text()).contains("bien-ban.pdf");
        assertThat(refused.select("input[type=file][name=evidence]").hasAttr("required")).isFalse();

        // the file is still there when the page is opened again, and only for its owner
        assertThat(page("/tasks/" + task.getId(), "px05", "px05").select("#fld-evidence-kept label").text())
                .contains("bien-ban.pdf");
        assertThat(page("/tasks/" + task.getId(), "px05colleague", "px05").select("#fld-evidence-kept")).isEmpty();

        // the corrected form, without choosing the file again
        mvc.perform(multipart("/tasks/{id}/complete", task.getId()).param("reviewComment", "Đạt")
                        .param("_keepFile", kept.val()).with(csrf()).with(as("px05", "px05")))
                .andExpect(redirectedUrl("/tasks"));
        var evidence = historyService.createHistoricVariableInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .variableName("evidence").singleResult();
        assertThat(jdbc.queryForObject("select file_name from attachment where id = ?", String.class,
                evidence.getValue().toString())).isEqualTo("bien-ban.pdf");
        assertThat(pendingFiles("task:" + task.getId())).as("sent, so no longer pending").isZero();
    }

    @Test
    void anUntickedPendingFileIsNotSentAndAFileOfAWrongTypeIsNotKept() throws Exception {
        Task task = newTask();
        var exe = new MockMultipartFile("evidence", "virus.pdf", "application/pdf", new byte[] {'M', 'Z', 0, 1});
        Document refused = Jsoup.parse(mvc.perform(multipart("/tasks/{id}/complete", task.getId())
                        .file(pdf("giu.pdf")).file(exe).param("reviewComment", "").with(csrf()).with(as("px05", "px05")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select("#fld-evidence-kept label").text()).contains("giu.pdf").doesNotContain("virus.pdf");
        assertThat(refused.select("#fld-evidence-error").text()).isNotBlank();

        mvc.perform(multipart("/tasks/{id}/complete", task.getId()).param("reviewComment", "Không kèm tệp")
                        .with(csrf()).with(as("px05", "px05")))
                .andExpect(redirectedUrl("/tasks"));
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .variableName("evidence").singleResult().getValue()).isEqualTo("");
    }

    @Test
    void aDraftSkipsRequiredFieldsButRefusesWhatTheFormCannotHoldAndCompletingRemovesIt() throws Exception {
        Task task = newTask();
        mvc.perform(multipart("/tasks/{id}/draft", task.getId()).param("reviewComment", "")
                        .with(csrf()).with(as("px05", "px05")))
                .andExpect(redirectedUrl("/tasks/" + task.getId()))
                .andExpect(flash().attribute("info", "form.draft.saved"));
        mvc.perform(multipart("/tasks/{id}/draft", task.getId()).param("reviewComment", "Nhận xét đang viết dở")
                        .with(csrf()).with(as("px05", "px05")))
                .andExpect(redirectedUrl("/tasks/" + task.getId()));
        Document resumed = page("/tasks/" + task.getId(), "px05", "px05");
        assertThat(resumed.select("textarea[name=reviewComment]").text()).isEqualTo("Nhận xét đang viết dở");
        assertThat(resumed.select("#draft-notice")).hasSize(1);
        assertThat(resumed.select("#discard-draft")).hasSize(1);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee())
                .as("a draft is not a claim").isNull();

        String tooLong = "x".repeat(501);
        Document refused = Jsoup.parse(mvc.perform(multipart("/tasks/{id}/draft", task.getId())
                        .param("reviewComment", tooLong).with(csrf()).with(as("px05", "px05")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select("textarea[name=reviewComment]").text()).isEqualTo(tooLong);
        assertThat(refused.select("textarea[name=reviewComment].is-invalid")).hasSize(1);
        assertThat(page("/tasks/" + task.getId(), "px05", "px05").select("textarea[name=reviewComment]").text())
                .as("the refused draft did not replace the saved one").isEqualTo("Nhận xét đang viết dở");

        mvc.perform(post("/tasks/{id}/complete", task.getId()).param("reviewComment", "Xong")
                        .with(csrf()).with(as("px05", "px05")))
                .andExpect(redirectedUrl("/tasks"));
        assertThat(drafts("task:" + task.getId())).isZero();
    }

    @Test
    void anotherUserNeitherSeesNorLoadsSomeonesDraftOrFiles() throws Exception {
        Task task = newTask();
        mvc.perform(multipart("/tasks/{id}/draft", task.getId()).file(pdf("rieng.pdf"))
                        .param("reviewComment", "Ý kiến riêng của px05").with(csrf()).with(as("px05", "px05")))
                .andExpect(redirectedUrl("/tasks/" + task.getId()));
        String keptId = page("/tasks/" + task.getId(), "px05", "px05").select("input.kept-file").val();
        assertThat(keptId).isNotBlank();

        Document colleague = page("/tasks/" + task.getId(), "px05colleague", "px05");
        assertThat(colleague.select("textarea[name=reviewComment]").text()).isEmpty();
        assertThat(colleague.select("#draft-notice")).isEmpty();
        assertThat(colleague.html()).doesNotContain("Ý kiến riêng của px05").doesNotContain("rieng.pdf");
        // naming px05's pending file does not send it
        mvc.perform(multipart("/tasks/{id}/complete", task.getId()).param("reviewComment", "Của đồng nghiệp")
                        .param("_keepFile", keptId).with(csrf()).with(as("px05colleague", "px05")))
                .andExpect(redirectedUrl("/tasks"));
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .variableName("evidence").singleResult().getValue()).isEqualTo("");
        assertThat(drafts("task:" + task.getId())).as("the task is done: every draft of it goes").isZero();
    }

    @Test
    void aCommentDoesNotCostTheHalfFilledForm() throws Exception {
        Task task = newTask();
        Document page = page("/tasks/" + task.getId(), "px05", "px05");
        assertThat(page.select("textarea#comment-message").attr("form")).isEqualTo("task-form");
        assertThat(page.select("button#comment-submit").attr("formaction")).isEqualTo("/tasks/" + task.getId() + "/comments");
        assertThat(page.select("input[name=_commentInstance]").attr("form")).isEqualTo("task-form");

        var post = mvc.perform(multipart("/tasks/{id}/comments", task.getId()).param("reviewComment", "Đang viết dở")
                        .param("_comment", "Cần bổ sung biên bản").with(csrf()).with(as("px05", "px05")))
                .andExpect(redirectedUrl("/tasks/" + task.getId() + "#comments"))
                .andExpect(flash().attribute("info", "task.comment.formKept"))
                .andReturn();
        Document after = page("/tasks/" + task.getId(), "px05", "px05");
        assertThat(after.select("textarea[name=reviewComment]").text()).isEqualTo("Đang viết dở");
        assertThat(after.select(".comment-text").text()).contains("Cần bổ sung biên bản");
        assertThat(post.getFlashMap().containsKey("commentError")).isFalse();

        // a blank comment keeps the form too, and says what is wrong with the comment
        mvc.perform(multipart("/tasks/{id}/comments", task.getId()).param("reviewComment", "Viết tiếp")
                        .param("_comment", " ").with(csrf()).with(as("px05", "px05")))
                .andExpect(flash().attribute("commentError", "comment.error.blank"));
        assertThat(page("/tasks/" + task.getId(), "px05", "px05").select("textarea[name=reviewComment]").text())
                .isEqualTo("Viết tiếp");

        // the task was completed by someone else meanwhile (here ending the record): the comment goes to the
        // record's page, which says why it was not added and gives the text back
        taskService.complete(task.getId(), Map.of("reviewComment", "Xong"));
        mvc.perform(multipart("/tasks/{id}/comments", task.getId()).param("reviewComment", "Muộn")
                        .param("_comment", "Ý kiến gửi muộn").param("_commentInstance", task.getProcessInstanceId())
                        .with(csrf()).with(as("px05", "px05")))
                .andExpect(redirectedUrl("/instances/" + task.getProcessInstanceId() + "#comments"))
                .andExpect(flash().attribute("commentError", "comment.error.ended"))
                .andExpect(flash().attribute("commentText", "Ý kiến gửi muộn"));
        mvc.perform(multipart("/tasks/{id}/comments", task.getId()).param("_comment", "Không được phép")
                        .param("_commentInstance", task.getProcessInstanceId()).with(csrf()).with(as("ldld", "member-ldld")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aStartFormDraftThatTheFormCannotHoldIsRefusedWithItsValues() throws Exception {
        String token = UUID.randomUUID().toString();
        Document refused = Jsoup.parse(mvc.perform(post("/processes/SmokeTestProcess/draft").param("_token", token)
                        .param("recordTitle", "").param("households", "nhiều").with(csrf()).with(as("px05", "px05")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select("input[name=households]").val()).isEqualTo("nhiều");
        assertThat(refused.select("input[name=households].is-invalid")).hasSize(1);
        assertThat(refused.select("input[name=recordTitle].is-invalid")).as("a draft may leave it empty").isEmpty();
        assertThat(refused.select("input[name=_token]").val()).isEqualTo(token);
        assertThat(refused.select("#flash-error").text()).isNotBlank();
    }

    @Test
    void aDraftOfAStartFormSurvivesLogoutAndLoginAndStartingRemovesIt() throws Exception {
        PortalBrowser browser = new PortalBrowser(port).logIn("px05");
        Document form = Jsoup.parse(browser.get("/processes/SmokeTestProcess/start").body());
        String title = "Nháp " + UUID.randomUUID().toString().substring(0, 8);
        var saved = browser.post("/processes/SmokeTestProcess/draft", "_csrf=" + csrfOf(form) + "&_token="
                + form.select("input[name=_token]").val() + "&recordTitle=" + encode(title) + "&households=12");
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(browser.post("/logout", "_csrf=" + csrfOf(Jsoup.parse(browser.get("/").body()))).statusCode()).isEqualTo(302);

        browser.logIn("px05");
        Document resumed = Jsoup.parse(browser.get("/processes/SmokeTestProcess/start").body());
        assertThat(resumed.select("input[name=recordTitle]").val()).isEqualTo(title);
        assertThat(resumed.select("input[name=households]").val()).isEqualTo("12");
        assertThat(resumed.select("#draft-notice")).hasSize(1);

        var started = browser.post("/processes/SmokeTestProcess/start", "_csrf=" + csrfOf(resumed) + "&_token="
                + resumed.select("input[name=_token]").val() + "&recordTitle=" + encode(title));
        assertThat(started.statusCode()).isEqualTo(302);
        assertThat(runtimeService.createProcessInstanceQuery().variableValueEquals(RecordTitle.VARIABLE, title).count()).isOne();
        assertThat(Jsoup.parse(browser.get("/processes/SmokeTestProcess/start").body()).select("#draft-notice")).isEmpty();
    }

    @Test
    void aFormPostedAfterTheSessionExpiredComesBackAfterLoginWithItsValues() throws Exception {
        Task task = newTask();
        PortalBrowser browser = new PortalBrowser(port).logIn("px05");
        Document form = Jsoup.parse(browser.get("/tasks/" + task.getId()).body());
        assertThat(form.select("#task-form input[name=_owner]").val()).isEqualTo("px05");
        sessions.deleteById(new String(Base64.getDecoder().decode(browser.cookie("SESSION")), StandardCharsets.UTF_8));

        var post = browser.post("/tasks/" + task.getId() + "/complete", new PortalBrowser.Multipart()
                .field("_csrf", csrfOf(form)).field("_owner", "px05").field("reviewComment", "Gõ rất lâu rồi mới gửi")
                .file("evidence", "bien-ban.pdf", "application/pdf", TestFiles.pdf()));
        assertThat(post.statusCode()).isEqualTo(302);
        assertThat(post.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?expired"));
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isOne();

        var login = browser.logInAnswer("px05");
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/tasks/" + task.getId()));
        Document back = Jsoup.parse(browser.get(login.headers().firstValue("Location").orElseThrow()
                .replace("http://localhost:" + port, "")).body());
        assertThat(back.select("textarea[name=reviewComment]").text()).isEqualTo("Gõ rất lâu rồi mới gửi");
        assertThat(back.select("#draft-restored")).hasSize(1);
        assertThat(back.select("#draft-files-not-kept")).hasSize(1);
    }

    @Test
    void anExpiredSessionsValuesAreNotShownToSomeoneElseNorCarriedFromAnotherSite() throws Exception {
        Task task = newTask();
        // the form was rendered for px05; its session expired; a colleague logs in on the same browser
        var post = mvc.perform(post("/tasks/{id}/complete", task.getId()).param("_csrf", "stale").param("_owner", "px05")
                        .param("reviewComment", "Ý kiến của px05").header("Origin", "http://localhost"))
                .andExpect(redirectedUrl("/login?expired")).andReturn();
        var session = post.getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        Document colleague = Jsoup.parse(mvc.perform(get("/tasks/{id}", task.getId()).cookie(session)
                .with(as("px05colleague", "px05"))).andReturn().getResponse().getContentAsString());
        assertThat(colleague.select("textarea[name=reviewComment]").text()).isEmpty();
        assertThat(colleague.html()).doesNotContain("Ý kiến của px05");
        assertThat(drafts("task:" + task.getId())).isZero();

        // a post from another site is refused as before, and nothing is carried
        var forged = mvc.perform(post("/tasks/{id}/complete", task.getId()).param("reviewComment", "Giả mạo")
                        .param("_owner", "px05").header("Origin", "https://evil.example"))
                .andExpect(status().isForbidden()).andReturn();
        var forgedSession = forged.getResponse().getCookie("SESSION");
        var open = get("/tasks/{id}", task.getId()).with(as("px05", "px05"));
        if (forgedSession != null) {
            open.cookie(forgedSession);
        }
        Document px05 = Jsoup.parse(mvc.perform(open).andReturn().getResponse().getContentAsString());
        assertThat(px05.html()).doesNotContain("Giả mạo");
    }

    @Test
    void expiredDraftsAndFilesAreNeitherShownNorKept() throws Exception {
        Task task = newTask();
        mvc.perform(multipart("/tasks/{id}/draft", task.getId()).file(pdf("cu.pdf")).param("reviewComment", "Nháp cũ")
                        .with(csrf()).with(as("px05", "px05")))
                .andExpect(redirectedUrl("/tasks/" + task.getId()));
        String place = "task:" + task.getId();
        jdbc.update("update form_draft set expires_at = ? where place = ?", java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), place);
        jdbc.update("update pending_file set expires_at = ? where place = ?", java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), place);
        Document page = page("/tasks/" + task.getId(), "px05", "px05");
        assertThat(page.select("textarea[name=reviewComment]").text()).isEmpty();
        assertThat(page.select("#draft-notice, #fld-evidence-kept")).isEmpty();
        unsent.purgeExpired();
        assertThat(drafts(place) + pendingFiles(place)).isZero();
    }

    @Test
    void theRestDoorIsUnchangedByRefusalsAndItsCompletionRemovesThePortalDraft() throws Exception {
        Task task = newTask();
        mvc.perform(multipart("/tasks/{id}/draft", task.getId()).file(pdf("nhap.pdf")).param("reviewComment", "Nháp")
                        .with(csrf()).with(as("px05", "px05")))
                .andExpect(redirectedUrl("/tasks/" + task.getId()));
        String place = "task:" + task.getId();
        assertThat(pendingFiles(place)).isOne();
        var rest = vn.phoihop.testsupport.EngineApiClient.rest(port, "px05");
        String file = "{\"type\":\"File\",\"value\":\"" + Base64.getEncoder().encodeToString(TestFiles.pdf())
                + "\",\"valueInfo\":{\"filename\":\"rest.pdf\",\"mimetype\":\"application/pdf\"}}";
        // refused for its comment: a 400 with the field, and the caller still holds its file; nothing is kept for it
        var refused = rest.post("/engine-rest/task/" + task.getId() + "/complete",
                "{\"variables\":{\"reviewComment\":{\"value\":\"\"},\"evidence\":" + file + "}}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("reviewComment");
        assertThat(pendingFiles(place)).as("only the portal draft's file").isOne();

        var done = rest.post("/engine-rest/task/" + task.getId() + "/complete",
                "{\"variables\":{\"reviewComment\":{\"value\":\"Qua REST\"},\"evidence\":" + file + "}}");
        assertThat(done.statusCode()).isEqualTo(204);
        assertThat(drafts(place) + pendingFiles(place)).isZero();
    }

    private int drafts(String place) {
        return jdbc.queryForObject("select count(*) from form_draft where place = ?", Integer.class, place);
    }

    private int pendingFiles(String place) {
        return jdbc.queryForObject("select count(*) from pending_file where place = ?", Integer.class, place);
    }

    private static String csrfOf(Document page) {
        return encode(page.select("input[name=_csrf]").first().val());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
