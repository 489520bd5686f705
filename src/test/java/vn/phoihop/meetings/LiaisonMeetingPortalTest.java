package vn.phoihop.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.phoihop.meetings.LiaisonMeetingProcessVariables.*;
import static vn.phoihop.testsupport.PortalUsers.as;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.testsupport.EngineApiClient;
import vn.phoihop.testsupport.IntegrationTest;
import vn.phoihop.testsupport.PortalPages;

/**
 * The liaison meeting as its people use it, through the portal: PX05 calls an ad-hoc meeting, the
 * member organisations send their updates, PX05 records the minutes beside the updates, PTTG
 * approves them; the register, the meeting's page, the minutes in Word and the spreadsheet; a member
 * organisation sees and acts on its own update and actions only, in the portal and the REST API.
 */
@IntegrationTest
class LiaisonMeetingPortalTest {

    private static final String START = "/processes/" + PROCESS_ID + "/start";
    private static final RequestPostProcessor PX05 = as("px05", "px05");
    private static final RequestPostProcessor PTTG = as("pttg", "pttg");
    private static final RequestPostProcessor LDLD = as("ldld", "member-ldld");
    private static final RequestPostProcessor LHPN = as("lhpn", "member-lhpn");
    private static final List<String> MEMBER_GROUPS = List.of("member-ldld", "member-lhpn", "member-doan", "member-ccb",
            "member-nd", "member-nct");

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    MeetingService meetings;

    @Test
    void aMeetingRunsThroughItsPagesFromTheCallToTheApprovedMinutes() throws Exception {
        // a member organisation does not call meetings: the start form is not offered to it
        mvc.perform(get(START).with(LDLD)).andExpect(status().is4xxClientError());
        Meeting meeting = callMeeting("Trao đổi công tác bảo đảm ANTT dịp Tết Nguyên đán");

        // each member's update: its own task only; an empty result is refused and what was typed stays
        Task ldldUpdate = updateTaskOf(meeting, "member-ldld");
        mvc.perform(get("/tasks/{id}", ldldUpdate.getId()).with(LHPN)).andExpect(status().isNotFound());
        Document updatePage = page("/tasks/" + ldldUpdate.getId(), LDLD);
        assertThat(updatePage.select("textarea[name=" + UPDATE_RESULTS + "]")).hasSize(1);
        Document refused = Jsoup.parse(mvc.perform(complete(ldldUpdate).param(UPDATE_RESULTS, "")
                        .param(UPDATE_PROPOSALS, "Đề nghị khen Công đoàn Công ty Sailun").with(LDLD))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select("textarea[name=" + UPDATE_RESULTS + "].is-invalid")).hasSize(1);
        assertThat(refused.select("textarea[name=" + UPDATE_PROPOSALS + "]").text()).isEqualTo("Đề nghị khen Công đoàn Công ty Sailun");
        String tooLong = "x".repeat(8001);
        mvc.perform(complete(ldldUpdate).param(UPDATE_RESULTS, tooLong).with(LDLD)).andExpect(status().isBadRequest());
        for (String group : MEMBER_GROUPS) {
            Task update = updateTaskOf(meeting, group);
            String user = group.substring("member-".length());
            mvc.perform(complete(update).param(UPDATE_RESULTS, "Kết quả tháng của " + user).with(as(user, group)))
                    .andExpect(flash().attribute("info", "task.completed"));
        }
        awaitAsync(meeting);

        // the minutes beside every organisation's update; a rule broken comes back with the rows kept
        Task record = task(meeting, "Task_RecordMinutes");
        Document minutesPage = page("/tasks/" + record.getId(), PX05);
        assertThat(minutesPage.select("#record-summary #updates .update-row")).hasSize(6);
        assertThat(minutesPage.select("#record-summary").text()).contains("Kết quả tháng của ldld", "Kết quả tháng của nct");
        LocalDate today = ProvinceClock.today();
        Document badMinutes = Jsoup.parse(mvc.perform(minutes(record, today, today.minusDays(1)).with(PX05))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        assertThat(badMinutes.text()).contains("Hạn hoàn thành của việc giao không được trước ngày họp");
        assertThat(badMinutes.select("textarea[name='actions[0].content']").text()).isEqualTo("Tuyên truyền Luật Phòng cháy, chữa cháy");
        assertThat(badMinutes.select("input[name=place]").val()).isEqualTo("Hội trường Công an tỉnh");
        assertThat(meetings.of(meeting.processInstanceId()).heldOn()).isNull();
        mvc.perform(minutes(record, today, today.plusDays(20)).with(PX05)).andExpect(flash().attribute("info", "task.completed"));

        Task approval = task(meeting, "Task_ApproveMinutes");
        mvc.perform(get("/tasks/{id}", approval.getId()).with(PX05)).andExpect(status().isNotFound());
        mvc.perform(complete(approval).param(MINUTES_OUTCOME, OUTCOME_APPROVE).with(PTTG))
                .andExpect(flash().attribute("info", "task.completed"));
        Meeting approved = meetings.of(meeting.processInstanceId());
        assertThat(approved.status()).isEqualTo(MeetingStatus.FOLLOW_UP);

        // the register and the page, for the hosts
        Document register = page("/meetings?year=" + approved.year(), PX05);
        assertThat(register.select("#meetings .meeting-row[data-id=" + approved.id() + "] .updates").text()).isEqualTo("6 / 6");
        assertThat(register.select("#meetings .meeting-row[data-id=" + approved.id() + "] .actions").text()).isEqualTo("0 / 2");
        assertThat(register.select("#held-per-month td[data-month=" + approved.heldOn().getMonthValue() + "]").text()).isNotEqualTo("0");
        int otherMonth = approved.month() % 12 + 1;
        assertThat(page("/meetings?year=" + approved.year() + "&month=" + otherMonth, PX05)
                .select("#meetings .meeting-row[data-id=" + approved.id() + "]")).isEmpty();
        assertThat(page("/meetings?year=" + approved.year() + "&month=" + approved.month(), PX05)
                .select("#meetings .meeting-row[data-id=" + approved.id() + "]")).hasSize(1);
        Document meetingPage = page("/meetings/" + approved.id(), PX05);
        assertThat(meetingPage.select("#minutes-number").text()).isEqualTo(approved.minutesNumber());
        assertThat(meetingPage.select("#updates .update-row")).hasSize(6);
        assertThat(meetingPage.select("#actions .action-row")).hasSize(2);

        // the minutes in Word: number, date, attendees, actions
        byte[] docx = mvc.perform(get("/meetings/{id}/minutes.docx", approved.id()).with(PX05)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertThat(text).contains("Số: " + approved.minutesNumber(), "BIÊN BẢN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "CÔNG AN TỈNH TÂY NINH", "Tây Ninh, " + vn.phoihop.documents.VietnameseDates.date(today),
                    "Trần Minh Khang, Trưởng phòng PX05 (Phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc)",
                    "Lê Thị Hoa", "Tuyên truyền Luật Phòng cháy, chữa cháy", "Liên đoàn Lao động tỉnh",
                    "Ra quân thanh niên tình nguyện", "Công đoàn Công ty Sailun", "THƯ KÝ", "CHỦ TRÌ");
        }

        // the spreadsheet: the meeting and its two actions
        byte[] xlsx = mvc.perform(get("/meetings/export.xlsx?year=" + approved.year()).with(PX05)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var rows = new java.util.ArrayList<String>();
            workbook.getSheetAt(0).forEach(row -> rows.add(row.getCell(0).getStringCellValue()));
            assertThat(rows).contains(approved.id());
            var actions = new java.util.ArrayList<String>();
            workbook.getSheetAt(1).forEach(row -> {
                if (row.getCell(0).getStringCellValue().equals(approved.id())) {
                    actions.add(row.getCell(2).getStringCellValue());
                }
            });
            assertThat(actions).containsExactly("Tuyên truyền Luật Phòng cháy, chữa cháy", "Ra quân thanh niên tình nguyện giữ gìn ANTT");
        }

        // a member organisation: its own update and action, the approved minutes, no Word file, its proposal to put forward
        Document ldldPage = page("/meetings/" + approved.id(), LDLD);
        assertThat(ldldPage.select("#updates .update-row")).extracting(row -> row.attr("data-org")).containsExactly("ldld");
        assertThat(ldldPage.select("#actions .action-row")).extracting(row -> row.attr("data-org")).containsExactly("ldld");
        assertThat(ldldPage.text()).doesNotContain("Kết quả tháng của lhpn").contains("Hội trường Công an tỉnh");
        assertThat(ldldPage.select("#minutes-docx")).isEmpty();
        mvc.perform(get("/meetings/{id}/minutes.docx", approved.id()).with(LDLD)).andExpect(status().isForbidden());
        String propose = ldldPage.select("#commendations .propose-commendation").attr("href");
        assertThat(propose).contains("prefill=meeting:" + approved.id() + ":1");
        Document commendationForm = page(propose, LDLD);
        assertThat(commendationForm.select("input[name='nominees[0].name']").val()).isEqualTo("Công đoàn Công ty Sailun");
        assertThat(commendationForm.select("select[name=source] option[selected]").val()).isEqualTo("liaison-meeting");
        // another organisation has no proposal of its own here
        assertThat(page("/meetings/" + approved.id(), LHPN).select("#commendations .propose-commendation")).isEmpty();
        Document ldldRegister = page("/meetings?year=" + approved.year(), LDLD);
        assertThat(ldldRegister.select("#meetings .meeting-row[data-id=" + approved.id() + "] .updates").text()).isEqualTo("1 / 1");
        assertThat(ldldRegister.select("#meeting-progress")).isEmpty();
        // someone with no part in the meetings
        mvc.perform(get("/meetings").with(as("kp1tanninh", "unit-tn-kp1"))).andExpect(status().isForbidden());

        // the member's action through its task page
        Task ldldAction = taskService.createTaskQuery().processInstanceId(approved.processInstanceId())
                .taskDefinitionKey("Task_CarryOutAction").taskCandidateGroup("member-ldld").singleResult();
        Document actionPage = page("/tasks/" + ldldAction.getId(), LDLD);
        assertThat(actionPage.select("textarea[name=" + ACTION_CONTENT + "]").text()).isEqualTo("Tuyên truyền Luật Phòng cháy, chữa cháy");
        mvc.perform(complete(ldldAction).param(ACTION_REPORT, "Đã tổ chức 12 buổi tuyên truyền").with(LDLD))
                .andExpect(flash().attribute("info", "task.completed"));
        assertThat(meetings.of(approved.processInstanceId()).actions().get(0).status()).isEqualTo(ActionStatus.DONE);
    }

    @Test
    void aMemberReachesOnlyItsOwnStepsThroughTheEngineApi() throws Exception {
        Meeting meeting = callMeeting("Kiểm tra quyền qua REST");
        String instance = meeting.processInstanceId();
        String tasks = EngineApiClient.rest(port, "ldld").get("/engine-rest/task?processInstanceId=" + instance).body();
        assertThat(tasks).contains(updateTaskOf(meeting, "member-ldld").getId())
                .doesNotContain(updateTaskOf(meeting, "member-lhpn").getId());
        assertThat(EngineApiClient.rest(port, "ldld").get("/engine-rest/process-instance/" + instance).statusCode())
                .isBetween(400, 499);
        assertThat(EngineApiClient.rest(port, "ldld").get("/engine-rest/process-instance/" + instance + "/variables").statusCode())
                .isBetween(400, 499);
        HttpResponse<String> others = EngineApiClient.rest(port, "ldld").post("/engine-rest/task/"
                + updateTaskOf(meeting, "member-lhpn").getId() + "/complete", "{\"variables\":{\"updateResults\":{\"value\":\"Giả mạo\"}}}");
        assertThat(others.statusCode()).isBetween(400, 499);
        // its own update, with a variable naming another organisation: refused by name, nothing saved
        HttpResponse<String> forged = EngineApiClient.rest(port, "ldld").post("/engine-rest/task/"
                + updateTaskOf(meeting, "member-ldld").getId() + "/complete",
                "{\"variables\":{\"updateResults\":{\"value\":\"Kết quả\"},\"organization\":{\"value\":\"lhpn\"}}}");
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.body()).contains("organization");
        assertThat(meetings.of(instance).update("lhpn").status()).isEqualTo(UpdateStatus.PENDING);
        assertThat(meetings.of(instance).update("ldld").status()).isEqualTo(UpdateStatus.PENDING);
        HttpResponse<String> own = EngineApiClient.rest(port, "ldld").post("/engine-rest/task/"
                + updateTaskOf(meeting, "member-ldld").getId() + "/complete", "{\"variables\":{\"updateResults\":{\"value\":\"Kết quả\"}}}");
        assertThat(own.statusCode()).as(own.body()).isEqualTo(204);
        assertThat(meetings.of(instance).update("ldld").sentBy()).isEqualTo("ldld");
        // a member organisation calls no meeting through the API either
        HttpResponse<String> start = EngineApiClient.rest(port, "ldld").post("/engine-rest/process-definition/key/" + PROCESS_ID
                + "/start", "{\"variables\":{\"meetingReason\":{\"value\":\"Không được phép\"}}}");
        assertThat(start.statusCode()).isBetween(400, 499);
        // a member organisation does not open the process's history in the register of another
        mvc.perform(get("/meetings/{id}", "GB-1999-0001").with(LDLD)).andExpect(status().isNotFound());
    }

    private Meeting callMeeting(String reason) throws Exception {
        Document form = page(START, PX05);
        String token = form.select("input[name=_token]").val();
        Document empty = Jsoup.parse(mvc.perform(multipart(START).param("_token", token).param(MEETING_REASON, "")
                .with(csrf()).with(PX05)).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        assertThat(empty.select("textarea[name=" + MEETING_REASON + "].is-invalid")).hasSize(1);
        mvc.perform(multipart(START).param("_token", token).param(MEETING_REASON, reason).with(csrf()).with(PX05))
                .andExpect(flash().attribute("info", "process.started.record"));
        return meetingWithReason(reason);
    }

    private Meeting meetingWithReason(String reason) {
        return taskService.createTaskQuery().processDefinitionKey(PROCESS_ID).taskDefinitionKey("Task_SendMonthlyUpdate").list()
                .stream().map(task -> meetings.of(task.getProcessInstanceId())).filter(meeting -> reason.equals(meeting.reason()))
                .findFirst().orElseThrow();
    }

    private MockMultipartHttpServletRequestBuilder minutes(Task record, LocalDate heldOn, LocalDate dueOn) {
        return (MockMultipartHttpServletRequestBuilder) complete(record).param(HELD_ON, heldOn.toString())
                .param(PLACE, "Hội trường Công an tỉnh").param(CHAIRED_BY, "Trần Minh Khang, Trưởng phòng PX05")
                .param("attendees[0].organization", "px05").param("attendees[0].name", "Trần Minh Khang")
                .param("attendees[0].jobTitle", "Trưởng phòng PX05")
                .param("attendees[1].organization", "pttg").param("attendees[1].name", "Lê Thị Hoa")
                .param(ASSESSMENT, "Các tổ chức thành viên thực hiện tốt nội dung phối hợp.")
                .param(NEXT_PERIOD, "Tuyên truyền phòng, chống ma túy trong thanh niên.")
                .param("actions[0].organization", "ldld").param("actions[0].content", "Tuyên truyền Luật Phòng cháy, chữa cháy")
                .param("actions[0].dueOn", dueOn.toString())
                .param("actions[1].organization", "doan").param("actions[1].content", "Ra quân thanh niên tình nguyện giữ gìn ANTT")
                .param("actions[1].dueOn", dueOn.toString())
                .param("commendations[0].organization", "ldld").param("commendations[0].nominee", "Công đoàn Công ty Sailun")
                .param("commendations[0].achievement", "Phát hiện, tố giác 3 vụ trộm cắp tài sản");
    }

    private MockMultipartHttpServletRequestBuilder complete(Task task) {
        return (MockMultipartHttpServletRequestBuilder) multipart("/tasks/{id}/complete", task.getId()).with(csrf());
    }

    private Task updateTaskOf(Meeting meeting, String group) {
        return taskService.createTaskQuery().processInstanceId(meeting.processInstanceId()).taskDefinitionKey("Task_SendMonthlyUpdate")
                .taskCandidateGroup(group).singleResult();
    }

    private Task task(Meeting meeting, String key) {
        List<Task> tasks = taskService.createTaskQuery().processInstanceId(meeting.processInstanceId()).taskDefinitionKey(key).list();
        assertThat(tasks).hasSize(1);
        return tasks.get(0);
    }

    /** The job executor ends the members' branches (asyncBefore on their end): wait for it. */
    private void awaitAsync(Meeting meeting) throws InterruptedException {
        for (int i = 0; i < 200 && managementService.createJobQuery().processInstanceId(meeting.processInstanceId())
                .messages().count() > 0; i++) {
            Thread.sleep(50);
        }
        assertThat(managementService.createJobQuery().processInstanceId(meeting.processInstanceId()).messages().count()).isZero();
    }

    private Document page(String url, RequestPostProcessor user) throws Exception {
        return PortalPages.page(mvc, url, user);
    }
}
