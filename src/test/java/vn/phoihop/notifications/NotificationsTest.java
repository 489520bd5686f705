package vn.phoihop.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.phoihop.testsupport.PortalUsers.as;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.phoihop.testsupport.EngineApiClient;
import vn.phoihop.testsupport.EngineTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.web.servlet.MockMvc;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.tasks.RecordTitle;
import vn.phoihop.testsupport.IntegrationTest;
import vn.phoihop.testsupport.TestUsers;

@IntegrationTest
class NotificationsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    NotificationRepository repository;
    @Autowired
    DueTaskCheck dueTaskCheck;
    @Autowired
    ApplicationContext context;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    RecordNotifications recordNotifications;
    @org.springframework.boot.test.web.server.LocalServerPort
    int port;
    @Autowired
    TaskReminders reminders;
    @Autowired
    TaskRecipients recipients;
    @Autowired
    vn.phoihop.security.EngineAsSystem engineAsSystem;

    @RegisterExtension
    EngineTime time = EngineTime.running();

    @Test
    void aNewGroupTaskNotifiesEveryMemberOnceAndNobodyElse() {
        String extraMember = new TestUsers(identityService).newUser("pxmember", "px05");
        Task task = startGroupTask();

        var members = identityService.createUserQuery().memberOfGroup("px05").list().stream().map(User::getId).toList();
        assertThat(members).contains("px05", extraMember);
        for (String member : members) {
            assertThat(count(member, NotificationKind.GROUP_TASK_CREATED, task)).as(member).isEqualTo(1);
        }
        assertThat(count("ldld", NotificationKind.GROUP_TASK_CREATED, task)).isZero();
        assertThat(repository.findAll()).filteredOn(n -> n.getTaskId().equals(task.getId()))
                .allSatisfy(n -> assertThat(n.getTitle()).isEqualTo("Xem xét yêu cầu"))
                .allSatisfy(n -> assertThat(n.getProcessInstanceId()).isEqualTo(task.getProcessInstanceId()));
    }

    @Test
    void claimingOrAssigningNotifiesTheAssignee() {
        Task task = startGroupTask();
        assertThat(count("px05", NotificationKind.TASK_ASSIGNED, task)).isZero();

        taskService.claim(task.getId(), "px05");
        assertThat(count("px05", NotificationKind.TASK_ASSIGNED, task)).isEqualTo(1);

        taskService.setAssignee(task.getId(), "pttg");
        assertThat(count("pttg", NotificationKind.TASK_ASSIGNED, task)).isEqualTo(1);

        var created = runtimeService.startProcessInstanceByKey("AssignedTestProcess", Map.of("assignee", "bgdca"));
        Task assigned = taskService.createTaskQuery().processInstanceId(created.getId()).singleResult();
        assertThat(count("bgdca", NotificationKind.TASK_ASSIGNED, assigned)).isEqualTo(1);
    }

    @Test
    void dueCheckNotifiesDueTomorrowAndOverdueOnceEachEvenWhenRunTwice() {
        LocalDate today = LocalDate.of(2031, 3, 10);
        time.set(Date.from(today.atTime(9, 0).atZone(ProvinceClock.ZONE).toInstant()));
        String member = new TestUsers(identityService).newUser("pxdue", "px05");

        Task dueTomorrow = startGroupTask();
        taskService.claim(dueTomorrow.getId(), member);
        setDue(dueTomorrow, today.plusDays(1).atTime(16, 0).atZone(ProvinceClock.ZONE));
        Task overdue = startGroupTask();
        setDue(overdue, today.atTime(8, 0).atZone(ProvinceClock.ZONE));
        Task later = startGroupTask();
        taskService.claim(later.getId(), member);
        setDue(later, today.plusDays(5).atTime(LocalTime.NOON).atZone(ProvinceClock.ZONE));

        dueTaskCheck.run();
        dueTaskCheck.run();

        assertThat(count(member, NotificationKind.TASK_DUE_TOMORROW, dueTomorrow)).isEqualTo(1);
        assertThat(count(member, NotificationKind.TASK_OVERDUE, dueTomorrow)).isZero();
        assertThat(count("px05", NotificationKind.TASK_DUE_TOMORROW, dueTomorrow)).isZero();
        // unassigned: every candidate-group member
        assertThat(count("px05", NotificationKind.TASK_OVERDUE, overdue)).isEqualTo(1);
        assertThat(count(member, NotificationKind.TASK_OVERDUE, overdue)).isEqualTo(1);
        assertThat(count(member, NotificationKind.TASK_DUE_TOMORROW, later)).isZero();
        assertThat(count(member, NotificationKind.TASK_OVERDUE, later)).isZero();

        // two days later the first task is overdue too: a new kind, notified once
        time.set(Date.from(today.plusDays(2).atTime(9, 0).atZone(ProvinceClock.ZONE).toInstant()));
        dueTaskCheck.run();
        assertThat(count(member, NotificationKind.TASK_OVERDUE, dueTomorrow)).isEqualTo(1);
        assertThat(dueTaskCheck.run()).isZero();
    }

    @Test
    void badgeShowsTheUnreadCountAndDropsWhenRead() throws Exception {
        String user = new TestUsers(identityService).newUser("badge");
        assertThat(home(user).getElementById("notification-badge")).isNull();

        Task first = startGroupTask();
        taskService.setAssignee(first.getId(), user);
        Task second = startGroupTask();
        taskService.setAssignee(second.getId(), user);
        assertThat(home(user).getElementById("notification-badge").text()).isEqualTo("2");

        Document list = Jsoup.parse(mvc.perform(get("/notifications").with(as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(list.select("#notifications li.unread.fw-bold")).hasSize(2);
        long id = repository.findAll().stream().filter(n -> n.getRecipientId().equals(user) && n.getTaskId().equals(first.getId()))
                .findFirst().orElseThrow().getId();
        long secondId = notificationOf(user, NotificationKind.TASK_ASSIGNED, second).getId();
        assertThat(list.select("#notifications a").eachAttr("href"))
                .containsExactly("/notifications/" + secondId, "/notifications/" + id);
        mvc.perform(post("/notifications/{id}/read", id).with(as(user)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(home(user).getElementById("notification-badge").text()).isEqualTo("1");

        mvc.perform(post("/notifications/read-all").with(as(user)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(home(user).getElementById("notification-badge")).isNull();
    }

    @Test
    void aBusyUsersBadgeStopsCountingAtNinetyNine() throws Exception {
        String user = new TestUsers(identityService).newUser("busy");
        for (int i = 0; i < 99; i++) {
            insertUnread(user, "busy-task-" + i);
        }
        assertThat(home(user).getElementById("notification-badge").text()).isEqualTo("99");
        insertUnread(user, "busy-task-99");
        insertUnread(user, "busy-task-100");
        assertThat(home(user).getElementById("notification-badge").text()).isEqualTo("99+");
    }

    private void insertUnread(String user, String taskId) {
        jdbc.update("insert into notification (recipient_id, kind, task_id, title, link, created_at) values (?, ?, ?, ?, ?, ?)",
                user, NotificationKind.TASK_ASSIGNED.name(), taskId, "Việc " + taskId, "/tasks/" + taskId,
                java.time.OffsetDateTime.now());
    }

    @Test
    void someoneElsesNotificationIsNotFound() throws Exception {
        String owner = new TestUsers(identityService).newUser("owner");
        Task task = startGroupTask();
        taskService.setAssignee(task.getId(), owner);
        Notification mine = repository.findAll().stream().filter(n -> n.getRecipientId().equals(owner)).findFirst().orElseThrow();

        mvc.perform(post("/notifications/{id}/read", mine.getId()).with(as("ldld", "member-ldld")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/notifications/read-all").with(as("ldld", "member-ldld")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(repository.findById(mine.getId()).orElseThrow().isUnread()).isTrue();

        mvc.perform(post("/notifications/{id}/read", mine.getId()).with(as(owner))).andExpect(status().isForbidden());
    }

    @Test
    void withoutSmtpThereIsNoMailSenderAndAssigningStillWorks() {
        assertThat(context.getBeanProvider(JavaMailSender.class).getIfAvailable()).isNull();
        String user = new TestUsers(identityService).newUser("nomail");
        Task task = startGroupTask();
        taskService.setAssignee(task.getId(), user);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo(user);
        assertThat(count(user, NotificationKind.TASK_ASSIGNED, task)).isEqualTo(1);
    }

    @Test
    void everyNotificationNamesItsRecord() throws Exception {
        String member = new TestUsers(identityService).newUser("pxrecord", "px05");
        String key = "KT-2099-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        var instance = runtimeService.startProcessInstanceByKey("SmokeTestProcess", key,
                Map.of(RecordTitle.VARIABLE, "Đề nghị khen thưởng Công đoàn xã Tân Bình"));
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        String label = key + " – Đề nghị khen thưởng Công đoàn xã Tân Bình";
        assertThat(notificationOf(member, NotificationKind.GROUP_TASK_CREATED, task).getRecordLabel()).isEqualTo(label);

        // the due check and the model's reminders read tasks from the engine: the same name
        setDue(task, ProvinceClock.now().minusSeconds(3600).atZone(ProvinceClock.ZONE));
        dueTaskCheck.run();
        assertThat(notificationOf(member, NotificationKind.TASK_OVERDUE, task).getRecordLabel()).isEqualTo(label);
        reminders.remindOpenTasks(instance.getId(), task.getTaskDefinitionKey());
        assertThat(notificationOf(member, NotificationKind.TASK_REMINDER, task).getRecordLabel()).isEqualTo(label);

        Document list = Jsoup.parse(mvc.perform(get("/notifications").with(as(member, "px05"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(list.select("#notifications li[data-kind=GROUP_TASK_CREATED]"))
                .anySatisfy(item -> {
                    assertThat(item.select(".notification-link").text()).isEqualTo("Xem xét yêu cầu");
                    assertThat(item.select(".notification-record").text()).isEqualTo(label);
                });
    }

    @Test
    void nobodyIsToldAboutTheirOwnClaimOrTheTaskTheirOwnStepCreated() throws Exception {
        String colleague = new TestUsers(identityService).newUser("pxcolleague", "px05");
        String claimer = new TestUsers(identityService).newUser("pxclaimer", "px05");
        Task task = startGroupTask();

        mvc.perform(post("/tasks/{id}/claim", task.getId()).with(as(claimer, "px05")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo(claimer);
        assertThat(count(claimer, NotificationKind.TASK_ASSIGNED, task)).isZero();

        // handing it to a colleague tells the colleague, and a task the colleague takes for themselves tells nobody
        mvc.perform(post("/tasks/bulk").param("action", "assign").param("taskIds", task.getId()).param("assignee", colleague)
                .with(as(claimer, "px05")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo(colleague);
        assertThat(count(colleague, NotificationKind.TASK_ASSIGNED, task)).isEqualTo(1);

        // a process started by a member of the group: the group is told, the starter is not
        identityService.setAuthentication(claimer, java.util.List.of("px05"));
        Task own;
        try {
            // without the authorization checks a new test user would meet, as the portal's start does
            String started = engineAsSystem.call(() -> runtimeService.startProcessInstanceByKey("SmokeTestProcess").getId());
            own = taskService.createTaskQuery().processInstanceId(started).singleResult();
        } finally {
            identityService.clearAuthentication();
        }
        assertThat(count(claimer, NotificationKind.GROUP_TASK_CREATED, own)).isZero();
        assertThat(count(colleague, NotificationKind.GROUP_TASK_CREATED, own)).isEqualTo(1);
    }

    @Test
    void aClaimThroughTheRestApiOrTasklistIsNotToldEither() throws Exception {
        Task byRest = startGroupTask();
        assertThat(EngineApiClient.rest(port, "px05").post("/engine-rest/task/" + byRest.getId() + "/claim",
                "{\"userId\":\"px05\"}").statusCode()).isEqualTo(204);
        Task byTasklist = startGroupTask();
        assertThat(EngineApiClient.webapp(port, "px05").post(EngineApiClient.WEBAPP_API + "/task/" + byTasklist.getId() + "/claim",
                "{\"userId\":\"px05\"}").statusCode()).isEqualTo(204);

        assertThat(taskService.createTaskQuery().taskAssignee("px05").taskId(byRest.getId()).count()).isEqualTo(1);
        assertThat(taskService.createTaskQuery().taskAssignee("px05").taskId(byTasklist.getId()).count()).isEqualTo(1);
        assertThat(count("px05", NotificationKind.TASK_ASSIGNED, byRest)).isZero();
        assertThat(count("px05", NotificationKind.TASK_ASSIGNED, byTasklist)).isZero();
    }

    @Test
    void anOutcomeSaysWhichOutcomeAndNamesItsRecord() throws Exception {
        String proposer = new TestUsers(identityService).newUser("proposer");
        String key = "KT-2099-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        String instance = startGroupTask().getProcessInstanceId();
        recordNotifications.outcome(proposer, key, instance, "Khen thưởng Hội Phụ nữ ấp 3", "/commendations/" + key,
                RecordOutcome.ISSUED, "05/QĐ-CAT");
        // the overload of before: said without the outcome, as before
        recordNotifications.outcome(proposer, key + "-old", instance, "Khen thưởng cũ", "/commendations/" + key);

        Document list = Jsoup.parse(mvc.perform(get("/notifications").with(as(proposer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        var items = list.select("#notifications li[data-kind=RECORD_OUTCOME]");
        assertThat(items).hasSize(2);
        assertThat(items.get(1).select(".notification-link").text()).isEqualTo(key + " – Khen thưởng Hội Phụ nữ ấp 3");
        assertThat(items.get(1).select(".notification-outcome").attr("data-outcome")).isEqualTo("ISSUED");
        assertThat(items.get(1).select(".notification-outcome").text()).isEqualTo("Đã ban hành quyết định 05/QĐ-CAT");
        assertThat(items.get(0).select(".notification-link").text()).isEqualTo(key + "-old – Khen thưởng cũ");
        assertThat(items.get(0).select(".notification-outcome")).isEmpty();
        // in English too
        Document english = Jsoup.parse(mvc.perform(get("/notifications").param("lang", "en").with(as(proposer)))
                .andReturn().getResponse().getContentAsString());
        assertThat(english.select("#notifications .notification-outcome").text()).isEqualTo("Decision 05/QĐ-CAT issued");

        // opening it marks it read and opens the record's page
        long id = notificationOf(proposer, NotificationKind.RECORD_OUTCOME, key).getId();
        mvc.perform(get("/notifications/{id}", id).with(as(proposer))).andExpect(redirectedUrl("/commendations/" + key));
        assertThat(repository.findById(id).orElseThrow().isUnread()).isFalse();
    }

    @Test
    void aNotificationOfAFinishedTaskLeadsToItsRecordAndOpeningMarksItRead() throws Exception {
        String user = new TestUsers(identityService).newUser("finisher", "px05");
        Task open = startGroupTask();
        taskService.setAssignee(open.getId(), user);
        Task finished = startGroupTask();
        taskService.setAssignee(finished.getId(), user);
        taskService.complete(finished.getId());
        long openId = notificationOf(user, NotificationKind.TASK_ASSIGNED, open).getId();
        long finishedId = notificationOf(user, NotificationKind.TASK_ASSIGNED, finished).getId();

        Document list = Jsoup.parse(mvc.perform(get("/notifications").with(as(user, "px05"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(list.select("#notifications li[data-id=" + finishedId + "] a.notification-link").attr("href"))
                .isEqualTo("/notifications/" + finishedId);

        mvc.perform(get("/notifications/{id}", openId).with(as(user, "px05"))).andExpect(redirectedUrl("/tasks/" + open.getId()));
        String record = mvc.perform(get("/notifications/{id}", finishedId).with(as(user, "px05")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(record).isEqualTo("/instances/" + finished.getProcessInstanceId());
        mvc.perform(get(record).with(as(user, "px05"))).andExpect(status().isOk());
        assertThat(repository.findById(openId).orElseThrow().isUnread()).isFalse();
        assertThat(repository.findById(finishedId).orElseThrow().isUnread()).isFalse();

        // someone else's is not found, and stays unread
        long other = notificationOf("px05", NotificationKind.GROUP_TASK_CREATED, open).getId();
        mvc.perform(get("/notifications/{id}", other).with(as(user, "px05"))).andExpect(status().isNotFound());
        assertThat(repository.findById(other).orElseThrow().isUnread()).isTrue();
    }

    private Notification notificationOf(String recipient, NotificationKind kind, Task task) {
        return notificationOf(recipient, kind, task.getId());
    }

    private Notification notificationOf(String recipient, NotificationKind kind, String subject) {
        return repository.findAll().stream().filter(n -> n.getRecipientId().equals(recipient) && n.getKind() == kind
                && (n.getTaskId().equals(subject) || n.getTaskId().equals("record:" + subject))).findFirst().orElseThrow();
    }

    private long count(String recipient, NotificationKind kind, Task task) {
        return repository.countByRecipientIdAndKindAndTaskId(recipient, kind, task.getId());
    }

    /** The due check and the reminders read a page of tasks, then each one's people: a task gone in between is skipped. */
    @Test
    void aTaskGoneSinceItWasListedHasNobodyToTell() {
        Task listed = startGroupTask();
        runtimeService.deleteProcessInstance(listed.getProcessInstanceId(), "cancelled while the check ran");

        assertThat(recipients.of(listed)).isEmpty();
        assertThat(recipients.of(startGroupTask())).contains("px05");
    }

    private Task startGroupTask() {
        var instance = runtimeService.startProcessInstanceByKey("SmokeTestProcess");
        return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    private void setDue(Task task, ZonedDateTime due) {
        Task entity = taskService.createTaskQuery().taskId(task.getId()).singleResult();
        entity.setDueDate(Date.from(due.toInstant()));
        taskService.saveTask(entity);
    }

    private Document home(String user) throws Exception {
        return Jsoup.parse(mvc.perform(get("/").with(as(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
