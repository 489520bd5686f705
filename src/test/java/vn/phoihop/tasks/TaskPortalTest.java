package vn.phoihop.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.phoihop.testsupport.PortalUsers.as;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.phoihop.testsupport.IntegrationTest;

@IntegrationTest
class TaskPortalTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;

    /** A px05 task about a record with a title no other test uses. */
    private Task newTask(String title) {
        var instance = runtimeService.startProcessInstanceByKey("SmokeTestProcess", Map.of(RecordTitle.VARIABLE, title));
        return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private Document page(String url, String user, String group) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(as(user, group))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void listShowsTheRecordAndFindsItByText() throws Exception {
        String title = unique("Ấp Long Thới");
        Task task = newTask(title);
        Document list = page("/tasks?q=" + title.substring(title.length() - 8), "px05", "px05");
        assertThat(list.select("tr.task-row")).hasSize(1);
        assertThat(list.select("tr.task-row").attr("data-task-id")).isEqualTo(task.getId());
        assertThat(list.select("td.task-record").text()).isEqualTo(title);
        assertThat(list.select("#task-views a[data-view=group] .badge").attr("data-count")).isEqualTo("GROUP");
        assertThat(page("/tasks?q=" + title.substring(title.length() - 8), "ldld", "member-ldld").select("tr.task-row")).isEmpty();
        // whatever case is typed
        assertThat(page("/tasks?q=" + title.substring(title.length() - 8).toUpperCase(java.util.Locale.ROOT), "px05", "px05")
                .select("tr.task-row").attr("data-task-id")).isEqualTo(task.getId());
    }

    @Test
    void searchIgnoresMarksAndCaseAndFindsDocumentNumbers() throws Exception {
        String token = UUID.randomUUID().toString().substring(0, 8);
        String number = (int) (Math.random() * 90_000 + 10_000) + "/QĐ-CAT";
        var instance = runtimeService.startProcessInstanceByKey("SmokeTestProcess", "KT-ĐB-" + token,
                Map.of(RecordTitle.VARIABLE, "Khen thưởng Nguyễn Văn Đạt " + token, RecordTitle.NUMBER_VARIABLE, number));
        String task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();

        // as typed on a phone: no marks, đ as d, any case
        assertThat(found("nguyen van dat " + token)).containsExactly(task);
        assertThat(found("NGUYỄN văn ĐẠT " + token)).containsExactly(task);
        assertThat(found("kt-db-" + token)).containsExactly(task);
        assertThat(found(number.toLowerCase(java.util.Locale.ROOT).replace("đ", "d"))).containsExactly(task);
        assertThat(found(number)).containsExactly(task);
        // the step's name too ("Xem xét yêu cầu"), and like's wildcards are no wildcards
        assertThat(found("xem xet yeu cau")).contains(task);
        assertThat(found("nguyen%dat " + token)).isEmpty();
        assertThat(page("/tasks?q=nguyen van dat " + token, "ldld", "member-ldld").select("tr.task-row")).isEmpty();
    }

    private java.util.List<String> found(String typed) throws Exception {
        return Jsoup.parse(mvc.perform(get("/tasks").param("q", typed).with(as("px05", "px05"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).select("tr.task-row").eachAttr("data-task-id");
    }

    @Test
    void theSubstitutedViewShowsTasksHandedToMySubstitute() throws Exception {
        String title = unique("Thay thế");
        Task task = newTask(title);
        taskService.setAssignee(task.getId(), "px05");
        taskService.setVariableLocal(task.getId(), TaskListQuery.SUBSTITUTED_FOR, "ldld");
        String q = title.substring(title.length() - 8);
        Document handedOver = page("/tasks?view=substituted&q=" + q, "ldld", "member-ldld");
        assertThat(handedOver.select("tr.task-row").attr("data-task-id")).isEqualTo(task.getId());
        assertThat(page("/tasks?view=substituted&q=" + q, "pttg", "pttg").select("tr.task-row")).isEmpty();
        Document substitute = page("/tasks?view=mine&q=" + q, "px05", "px05");
        assertThat(substitute.select("tr.task-row").text()).contains("Thay cho ldld");
        assertThat(counts("?view=substituted&q=" + q, "ldld", "member-ldld")).containsEntry("SUBSTITUTED", 1);
    }

    @Test
    void overdueFilterAndCounts() throws Exception {
        String title = unique("Quá hạn");
        Task task = newTask(title);
        taskService.setDueDate(task.getId(), Date.from(Instant.now().minus(2, ChronoUnit.DAYS)));
        Document overdue = page("/tasks?due=overdue&q=" + title.substring(title.length() - 8), "px05", "px05");
        assertThat(overdue.select("tr.task-row.table-danger")).hasSize(1);
        Document week = page("/tasks?due=week&q=" + title.substring(title.length() - 8), "px05", "px05");
        assertThat(week.select("tr.task-row")).isEmpty();
        assertThat(counts("?q=" + title.substring(title.length() - 8), "px05", "px05"))
                .containsEntry("OVERDUE", 1).containsEntry("WEEK", 0).containsEntry("ALL", 1);
    }

    @Test
    void pagingShowsFiftyRowsAPage() throws Exception {
        String prefix = unique("Trang");
        for (int i = 0; i < 55; i++) {
            newTask(prefix + " " + i);
        }
        String q = prefix.substring(prefix.length() - 8);
        Document first = page("/tasks?q=" + q, "px05", "px05");
        assertThat(first.select("tr.task-row")).hasSize(50);
        assertThat(first.select("#page-next").attr("href")).endsWith("page=1");
        assertThat(first.select("#page-previous").parents().first().hasClass("disabled")).isTrue();
        Document second = page(first.select("#page-next").attr("href"), "px05", "px05");
        assertThat(second.select("tr.task-row")).hasSize(5);
        assertThat(second.select("#page-next").parents().first().hasClass("disabled")).isTrue();
        assertThat(second.select("#task-total").attr("data-count")).isEqualTo("ALL");
        assertThat(counts("?q=" + q, "px05", "px05")).containsEntry("ALL", 55).containsEntry("GROUP", 55).containsEntry("MINE", 0);
        assertThat(counts("?q=" + q, "ldld", "member-ldld")).containsEntry("ALL", 0);
    }

    @Test
    void badgeCountsStopOneAfterTheLimitAndTheListStillPagesInOrder() throws Exception {
        String group = "cnt-" + UUID.randomUUID().toString().substring(0, 8);
        String user = group + "-user";
        List<String> ids = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < TaskListSql.COUNT_LIMIT + 1; i++) {
                Task task = taskService.newTask();
                task.setName("Việc " + i);
                task.setPriority(i);
                taskService.saveTask(task);
                taskService.addCandidateGroup(task.getId(), group);
                ids.add(task.getId());
            }
            taskService.claim(ids.get(0), user);

            assertThat(counts("", user, group)).containsEntry("MINE", 1).containsEntry("GROUP", TaskListSql.COUNT_LIMIT)
                    .as("one more than the limit: the badge reads 1000+").containsEntry("ALL", TaskListSql.COUNT_LIMIT + 1);
            Document list = page("/tasks?sort=priority&dir=asc", user, group);
            assertThat(list.select("#task-counts-script").attr("data-count-limit")).isEqualTo(String.valueOf(TaskListSql.COUNT_LIMIT));
            // the user's own task and the group's, from their two queries, in one order: the claimed one comes first
            assertThat(list.select("tr.task-row")).hasSize(TaskFilter.PAGE_SIZE);
            assertThat(list.select("tr.task-row").first().text()).contains("Việc 0");
            assertThat(list.select("tr.task-row").get(1).text()).contains("Việc 1");
            Document second = page("/tasks?sort=priority&dir=asc&page=1", user, group);
            assertThat(second.select("tr.task-row").first().text()).contains("Việc " + TaskFilter.PAGE_SIZE);
        } finally {
            taskService.deleteTasks(ids, true);
        }
    }

    @Test
    void claimUnclaimAndAssignToAColleague() throws Exception {
        Task task = newTask(unique("Nhận việc"));
        mvc.perform(post("/tasks/{id}/claim", task.getId()).with(csrf()).with(as("px05", "px05")))
                .andExpect(redirectedUrl("/tasks/" + task.getId()));
        assertThat(assignee(task)).isEqualTo("px05");

        mvc.perform(post("/tasks/{id}/claim", task.getId()).with(csrf()).with(as("pttg", "px05")))
                .andExpect(flash().attribute("error", "task.conflict.claimedByOther"));

        mvc.perform(post("/tasks/{id}/assign", task.getId()).param("assignee", "ldld").with(csrf()).with(as("px05", "px05")))
                .andExpect(flash().attribute("error", "task.assign.notColleague"));
        assertThat(assignee(task)).isEqualTo("px05");

        mvc.perform(post("/tasks/{id}/unclaim", task.getId()).with(csrf()).with(as("px05", "px05")))
                .andExpect(flash().attribute("info", "task.unclaimed"));
        assertThat(assignee(task)).isNull();
    }

    @Test
    void assigneeSetsFollowUpButOnlyCoordinatorsSetTheDueDate() throws Exception {
        Task task = newTask(unique("Ngày"));
        taskService.setAssignee(task.getId(), "px05");
        mvc.perform(post("/tasks/{id}/dates", task.getId()).param("due", "2030-01-15").param("followUp", "2030-01-10")
                        .with(csrf()).with(as("px05", "px05")))
                .andExpect(flash().attribute("info", "task.rescheduled"));
        Task saved = taskService.createTaskQuery().taskId(task.getId()).singleResult();
        assertThat(saved.getDueDate()).isNotNull();
        assertThat(saved.getFollowUpDate()).isNotNull();
        Document refused = Jsoup.parse(mvc.perform(post("/tasks/{id}/dates", task.getId()).param("due", "not-a-date")
                        .with(csrf()).with(as("px05", "px05")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select("#due-error").text()).isEqualTo("Ngày không hợp lệ.");
        assertThat(refused.select("#due-input").val()).isEqualTo("not-a-date");
    }

    /** A date input lets these through: the far one overflowed into a 500, year 0 was saved. */
    @ParameterizedTest
    @CsvSource({"+999999999-12-31, 2030-01-10, due", "0000-01-01, 2030-01-10, due", "2030-01-15, 2101-01-01, follow-up"})
    void datesOutsideTheWindowAreRefusedAndComeBackAsTyped(String due, String followUp, String wrongField) throws Exception {
        Task task = newTask(unique("Ngày xa"));
        taskService.setAssignee(task.getId(), "px05");
        Date dueBefore = taskService.createTaskQuery().taskId(task.getId()).singleResult().getDueDate();

        Document refused = Jsoup.parse(mvc.perform(post("/tasks/{id}/dates", task.getId()).param("due", due)
                        .param("followUp", followUp).with(csrf()).with(as("px05", "px05")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());

        assertThat(refused.select("#" + wrongField + "-input.is-invalid")).hasSize(1);
        assertThat(refused.select("#" + wrongField + "-error").text())
                .isEqualTo("Ngày phải trong khoảng từ 01/01/2000 đến 31/12/2100");
        assertThat(refused.select(".invalid-feedback")).hasSize(1);
        assertThat(refused.select("#due-input").val()).isEqualTo(due);
        assertThat(refused.select("#follow-up-input").val()).isEqualTo(followUp);
        Task unchanged = taskService.createTaskQuery().taskId(task.getId()).singleResult();
        assertThat(unchanged.getDueDate()).isEqualTo(dueBefore);
        assertThat(unchanged.getFollowUpDate()).isNull();
    }

    @Test
    void taskPageRendersTheFormAndKeepsTypedValuesOnError() throws Exception {
        Task task = newTask(unique("Biểu mẫu"));
        Document page = page("/tasks/" + task.getId(), "px05", "px05");
        assertThat(page.select("#task-form textarea[name=reviewComment]")).hasSize(1);
        assertThat(page.select("#task-form input[name=_csrf]")).hasSize(1);

        String tooLong = "x".repeat(501);
        String html = mvc.perform(post("/tasks/{id}/complete", task.getId()).param("reviewComment", tooLong)
                        .with(csrf()).with(as("px05", "px05")))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        Document refused = Jsoup.parse(html);
        assertThat(refused.select("textarea[name=reviewComment]").text()).isEqualTo(tooLong);
        assertThat(refused.select("textarea[name=reviewComment].is-invalid")).hasSize(1);
        assertThat(refused.select(".invalid-feedback").text()).contains("500");
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    }

    /**
     * A task without a form (made through Camunda's API, or by a model deployed before forms were
     * required) is shown with a word that it has none, is completed without values, and drops
     * whatever a post adds.
     */
    @Test
    void aTaskWithoutAFormIsShownAndCompleted() throws Exception {
        Task task = taskService.newTask();
        task.setName(unique("Việc không biểu mẫu"));
        taskService.saveTask(task);
        taskService.addCandidateGroup(task.getId(), "px05");

        Document shown = page("/tasks/" + task.getId(), "px05", "px05");
        assertThat(shown.select("#task-form").text()).contains("không có biểu mẫu");
        assertThat(shown.select("#task-form input[name=reviewComment], #draft-save")).isEmpty();

        mvc.perform(post("/tasks/{id}/complete", task.getId()).param("injected", "evil").with(csrf()).with(as("px05", "px05")))
                .andExpect(redirectedUrl("/tasks"));
        assertThat(historyService.createHistoricTaskInstanceQuery().taskId(task.getId()).finished().count()).isEqualTo(1);
        assertThat(historyService.createHistoricVariableInstanceQuery().taskIdIn(task.getId()).list()).isEmpty();
    }

    @Test
    void completingWritesOnlyDeclaredFieldsAndASecondSubmissionIsHarmless() throws Exception {
        Task task = newTask(unique("Hoàn thành"));
        mvc.perform(post("/tasks/{id}/complete", task.getId()).param("reviewComment", "Đồng ý")
                        .param("injected", "evil").param("recordTitle", "overwritten")
                        .with(csrf()).with(as("px05", "px05")))
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flash().attribute("info", "task.completed"));
        var variables = historyService.createHistoricVariableInstanceQuery().processInstanceId(task.getProcessInstanceId()).list();
        assertThat(variables).extracting("name").contains("reviewComment").doesNotContain("injected");
        assertThat(variables).filteredOn(v -> v.getName().equals(RecordTitle.VARIABLE)).extracting("value")
                .doesNotContain("overwritten");
        assertThat(historyService.createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult().getAssignee())
                .as("completing an unclaimed group task claims it").isEqualTo("px05");

        mvc.perform(post("/tasks/{id}/complete", task.getId()).param("reviewComment", "Đồng ý")
                        .with(csrf()).with(as("px05", "px05")))
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flash().attribute("info", "task.completed.already"));
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(task.getProcessInstanceId()).count()).isEqualTo(1);
    }

    @Test
    void aTaskSomeoneElseClaimedOrCompletedGivesAMessage() throws Exception {
        Task claimed = newTask(unique("Đã nhận"));
        taskService.claim(claimed.getId(), "px05");
        mvc.perform(post("/tasks/{id}/complete", claimed.getId()).param("reviewComment", "x").with(csrf()).with(as("pttg", "px05")))
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flash().attribute("error", "task.conflict.claimedByOther"));

        Task completed = newTask(unique("Đã xong"));
        taskService.claim(completed.getId(), "px05");
        taskService.complete(completed.getId(), Map.of("reviewComment", "xong"));
        mvc.perform(post("/tasks/{id}/complete", completed.getId()).param("reviewComment", "x").with(csrf()).with(as("pttg", "px05")))
                .andExpect(flash().attribute("error", "task.conflict.completedByOther"));
    }

    @Test
    void anotherGroupsTaskIsNotFoundAndShowsNothing() throws Exception {
        String title = unique("Bí mật");
        Task task = newTask(title);
        String body = mvc.perform(get("/tasks/{id}", task.getId()).with(as("ldld", "member-ldld")))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain(title).doesNotContain("reviewComment");
        mvc.perform(post("/tasks/{id}/complete", task.getId()).param("reviewComment", "x").with(csrf()).with(as("ldld", "member-ldld")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/tasks/{id}/claim", task.getId()).with(csrf()).with(as("ldld", "member-ldld")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/tasks/{id}", "no-such-task").with(as("px05", "px05"))).andExpect(status().isNotFound());
        assertThat(assignee(task)).isNull();
    }

    @Test
    void formsWithoutCsrfTokenAreRefused() throws Exception {
        Task task = newTask(unique("CSRF"));
        mvc.perform(post("/tasks/{id}/complete", task.getId()).param("reviewComment", "x").with(as("px05", "px05")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/tasks/{id}/claim", task.getId()).with(as("px05", "px05"))).andExpect(status().isForbidden());
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
    }

    @Test
    void bulkClaimAndBulkAssign() throws Exception {
        Task first = newTask(unique("Hàng loạt"));
        Task second = newTask(unique("Hàng loạt"));
        Task taken = newTask(unique("Hàng loạt"));
        taskService.claim(taken.getId(), "pttg");
        mvc.perform(post("/tasks/bulk").param("action", "claim")
                        .param("taskIds", first.getId(), second.getId(), taken.getId())
                        .with(csrf()).with(as("px05", "px05")))
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flash().attribute("bulkDone", 2))
                .andExpect(flash().attribute("bulkFailed", 1));
        assertThat(assignee(first)).isEqualTo("px05");
        assertThat(assignee(taken)).isEqualTo("pttg");

        Task third = newTask(unique("Hàng loạt"));
        mvc.perform(post("/tasks/bulk").param("action", "assign").param("assignee", "admin")
                        .param("taskIds", third.getId()).with(csrf()).with(as("px05", "px05")))
                .andExpect(flash().attribute("bulkFailed", 1));
        assertThat(assignee(third)).isNull();
    }

    @Test
    void filesOfTheFormBecomeAttachmentsAndAForbiddenFileKeepsTheTypedValues() throws Exception {
        Task task = newTask(unique("Tệp"));
        var exe = new MockMultipartFile("evidence", "bao-cao.pdf", "application/pdf", new byte[] {'M', 'Z', 0, 0, 1, 2});
        String html = mvc.perform(multipart("/tasks/{id}/complete", task.getId()).file(exe)
                        .param("reviewComment", "Nhận xét đã gõ").with(csrf()).with(as("px05", "px05")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        Document refused = Jsoup.parse(html);
        assertThat(refused.select("textarea[name=reviewComment]").text()).isEqualTo("Nhận xét đã gõ");
        assertThat(refused.select("#flash-error").text()).isNotBlank();
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);

        var pdf = new MockMultipartFile("evidence", "bien-ban.pdf", "application/pdf",
                "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        mvc.perform(multipart("/tasks/{id}/complete", task.getId()).file(pdf)
                        .param("reviewComment", "Đạt").with(csrf()).with(as("px05", "px05")))
                .andExpect(redirectedUrl("/tasks"));
        var evidence = historyService.createHistoricVariableInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .variableName("evidence").singleResult();
        assertThat(evidence).isNotNull();
        assertThat(evidence.getValue().toString()).isNotBlank();
        mvc.perform(get("/attachments/{id}", evidence.getValue().toString()).with(as("px05", "px05")))
                .andExpect(status().isOk());
        mvc.perform(get("/attachments/{id}", evidence.getValue().toString()).with(as("ldld", "member-ldld")))
                .andExpect(status().isNotFound());
    }

    private Map<String, Object> counts(String query, String user, String group) throws Exception {
        String json = mvc.perform(get("/tasks/counts" + query).with(as(user, group))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return new com.fasterxml.jackson.databind.ObjectMapper().readValue(json,
                new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { });
    }

    private String assignee(Task task) {
        return taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee();
    }
}
