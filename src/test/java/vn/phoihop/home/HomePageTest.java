package vn.phoihop.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.phoihop.commendations.Proposals;
import vn.phoihop.portal.DisplayDates;
import vn.phoihop.security.PortalUser;
import vn.phoihop.tasks.RecordTitle;
import vn.phoihop.testsupport.IntegrationTest;
import vn.phoihop.testsupport.TestUsers;

import static vn.phoihop.testsupport.PortalUsers.as;

import java.time.Instant;
import java.util.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

@IntegrationTest
class HomePageTest {

    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    MockMvc mvc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    DisplayDates displayDates;

    private static final long DAY = 24 * 60 * 60 * 1000L;

    @Test
    void homeShowsTheUserTheirOrganisationGroupsAndOpenTaskCount() throws Exception {
        Document before = home("ldld", "member-ldld");
        assertThat(before.getElementById("user-id").text()).isEqualTo("ldld");
        assertThat(before.getElementById("organizations").text()).contains("Liên đoàn Lao động tỉnh");
        assertThat(before.getElementById("groups").text()).contains("Liên đoàn Lao động tỉnh");
        int openBefore = Integer.parseInt(home("px05", "px05").getElementById("open-task-count").text());
        // other tests in this shared application may have left tasks with ldld
        int ldldsBefore = Integer.parseInt(before.getElementById("open-task-count").text());

        runtimeService.startProcessInstanceByKey("SmokeTestProcess");

        assertThat(Integer.parseInt(home("px05", "px05").getElementById("open-task-count").text())).isEqualTo(openBefore + 1);
        assertThat(Integer.parseInt(home("ldld", "member-ldld").getElementById("open-task-count").text())).isEqualTo(ldldsBefore);
    }

    @Test
    void moreTasksThanTheLimitReadAsOneThousandPlusWithoutBeingCountedOneByOne() throws Exception {
        String group = "home-many-" + UUID.randomUUID();
        List<String> ids = new TransactionTemplate(transactions).execute(status -> {
            List<String> made = new ArrayList<>();
            for (int i = 0; i <= 1000; i++) {
                Task task = taskService.newTask();
                task.setName("Việc " + i);
                taskService.saveTask(task);
                taskService.addCandidateGroup(task.getId(), group);
                made.add(task.getId());
            }
            return made;
        });
        try {
            Document page = home("home-many", group);
            assertThat(page.getElementById("open-task-count").text()).isEqualTo("1000+");
            assertThat(page.select("a[href=/tasks]").text()).contains("1000+");
            taskService.deleteTask(ids.get(0), true);
            taskService.deleteTask(ids.get(1), true);
            assertThat(home("home-many", group).getElementById("open-task-count").text()).isEqualTo("999");
        } finally {
            taskService.deleteTasks(ids.subList(2, ids.size()), true);
        }
    }

    @Test
    void endedOrganisationsAreMarked() throws Exception {
        Document page = home("catanchau", "district-police-tanchau");
        assertThat(page.getElementById("organizations").text()).contains("Công an huyện Tân Châu").contains("30/06/2025");
    }

    @Test
    void englishOnRequest() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/").param("lang", "en").with(as("px05", "px05")))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("h1").text()).startsWith("Hello");
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void userTextIsEscaped() throws Exception {
        var principal = new PortalUser("x", "<script>alert(1)</script>", List.of());
        String html = mvc.perform(get("/").with(authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of()))))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void layoutIsMobileReadyAndServesItsOwnAssets() throws Exception {
        Document page = home("px05", "px05");
        assertThat(page.select("meta[name=viewport]").attr("content")).contains("width=device-width");
        page.select("link[href], script[src]").forEach(element ->
                assertThat(element.hasAttr("href") ? element.attr("href") : element.attr("src")).startsWith("/"));
        for (var asset : page.select("link[rel=stylesheet], script[src]")) {
            String path = asset.hasAttr("href") ? asset.attr("href") : asset.attr("src");
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).as(path).isEqualTo(200);
        }
    }

    /** Finding 9: what waits for me, overdue first, each with its due date, those without one last. */
    @Test
    void whatWaitsForMeComesOverdueFirstWithItsDueDate() throws Exception {
        String user = new TestUsers(identityService).newUser("home");
        Date now = new Date();
        String later = waitingTask(user, new Date(now.getTime() + 2 * DAY));
        String none = waitingTask(user, null);
        String overdue = waitingTask(user, new Date(now.getTime() - DAY));

        Document page = home(user);
        assertThat(page.select("#home-waiting .home-task")).extracting(task -> task.attr("data-task-id"))
                .containsExactly(overdue, later, none);
        assertThat(page.select("#home-waiting .home-task-overdue")).extracting(task -> task.attr("data-task-id"))
                .containsExactly(overdue);
        assertThat(page.select("#home-waiting .home-task .home-task-due")).extracting(Element::text).containsExactly(
                "Hạn " + displayDates.dateTime(new Date(now.getTime() - DAY)),
                "Hạn " + displayDates.dateTime(new Date(now.getTime() + 2 * DAY)), "Không có hạn");
        assertThat(page.select("#home-waiting .home-task-link").attr("href")).isEqualTo("/tasks/" + overdue);
        assertThat(page.getElementById("open-task-count").text()).isEqualTo("3");
        assertThat(page.getElementById("home-overdue-link").text()).isEqualTo("1 việc quá hạn");
        // nothing started, nothing to start, no leaders' list
        assertThat(page.getElementById("home-records").text()).contains("Bạn chưa có hồ sơ nào đang xử lý.");
        assertThat(page.select(".home-start-process")).isEmpty();
        assertThat(page.getElementById("home-decisions")).isNull();
    }

    /** Finding 9: the records I started that still run, named by number and title, each leading to its record. */
    @Test
    void myRecordsInProgressLeadToTheirRecords() throws Exception {
        String title = "Đề nghị của trang chủ " + UUID.randomUUID().toString().substring(0, 8);
        String proposalId = new Proposals(processEngine).propose("ldld", "member-ldld", "ldld", title, "giay-khen-giam-doc-cat",
                Proposals.individual("Nguyễn Văn A", "Tổ trưởng", "Tổ dân cư số 3", "Vận động 100% hộ"));
        // other tests of the shared application leave ldld's records, some started at a later engine time
        Element record = home("ldld", "member-ldld").selectFirst("#home-records .home-record[data-business-key=" + proposalId + "]");
        assertThat(record).isNotNull();
        assertThat(record.selectFirst(".home-record-link").text()).isEqualTo(proposalId + " · " + title);
        assertThat(record.selectFirst(".home-record-link").attr("href")).isEqualTo("/commendations/" + proposalId);

        // a process without a record page of its own leads to the instance page; an ended one leaves the list
        String smokeTitle = "Khu phố " + UUID.randomUUID().toString().substring(0, 8);
        identityService.setAuthentication("px05", List.of("px05"));
        String instanceId;
        try {
            instanceId = runtimeService.startProcessInstanceByKey("SmokeTestProcess", Map.of(RecordTitle.VARIABLE, smokeTitle)).getId();
        } finally {
            identityService.clearAuthentication();
        }
        Element smoke = home("px05", "px05").select("#home-records .home-record").stream()
                .filter(item -> item.selectFirst(".home-record-link").text().equals(smokeTitle)).findFirst().orElseThrow();
        assertThat(smoke.selectFirst(".home-record-link").text()).isEqualTo(smokeTitle);
        assertThat(smoke.selectFirst(".home-record-link").attr("href")).isEqualTo("/instances/" + instanceId);
        runtimeService.deleteProcessInstance(instanceId, "test");
        assertThat(home("px05", "px05").select("#home-records .home-record-link").eachText()).doesNotContain(smokeTitle);
    }

    /** Finding 9: the processes the user may start, from the definitions' candidate starter groups. */
    @Test
    void theProcessesIMayStartAreOffered() throws Exception {
        Document ldld = home("ldld", "member-ldld");
        assertThat(ldld.select(".home-start-process[data-process-key=CommendationProcess]").attr("href"))
                .isEqualTo("/processes/CommendationProcess/start");
        assertThat(ldld.select(".home-start-process[data-process-key=CommendationProcess]").text())
                .isEqualTo("Khen thưởng trong phong trào toàn dân bảo vệ ANTQ");
        assertThat(ldld.select(".home-start-process[data-process-key=SmokeTestProcess]")).isEmpty();
        assertThat(home("px05", "px05").select(".home-start-process[data-process-key=SmokeTestProcess]")).hasSize(1);
    }

    /** Finding 9: a leader sees what waits for the leaders' decision, also what a fellow leader holds; others do not. */
    @Test
    void leadersSeeWhatWaitsForTheirDecision() throws Exception {
        Proposals proposals = new Proposals(processEngine);
        String title = "Chờ lãnh đạo " + UUID.randomUUID().toString().substring(0, 8);
        String proposalId = proposals.propose("ldld", "member-ldld", "ldld", title, "giay-khen-giam-doc-cat",
                Proposals.individual("Nguyễn Văn B", "Tổ trưởng", "Tổ dân cư số 4", "Vận động 100% hộ"));
        proposals.appraise(proposalId, "Đúng đối tượng", 1);
        Task approval = taskService.createTaskQuery().processInstanceBusinessKey(proposalId)
                .taskDefinitionKey(Proposals.POLICE_APPROVAL).singleResult();
        // another leader took it, and it is the most overdue: first in the list whatever other tests left
        approval.setAssignee("another-leader");
        approval.setDueDate(Date.from(Instant.parse("2001-01-01T01:00:00Z")));
        taskService.saveTask(approval);

        Document leader = home("bgdca", "police-leaders");
        Element first = leader.selectFirst("#home-decisions .home-task");
        assertThat(first.attr("data-task-id")).isEqualTo(approval.getId());
        assertThat(first.selectFirst(".home-task-record").text()).isEqualTo(title);
        assertThat(first.selectFirst(".home-task-holder").text()).isEqualTo("another-leader");
        assertThat(Long.parseLong(leader.getElementById("decision-count").text()))
                .isEqualTo(taskService.createTaskQuery().taskCandidateGroup("police-leaders").includeAssignedTasks().active().count());
        // taken by a colleague: not waiting for bgdca personally
        assertThat(leader.select("#home-waiting .home-task[data-task-id=" + approval.getId() + "]")).isEmpty();
        assertThat(home("ldld", "member-ldld").getElementById("home-decisions")).isNull();
        assertThat(home("px05", "px05").getElementById("home-decisions")).isNull();
    }

    private String waitingTask(String assignee, Date due) {
        String instanceId = runtimeService.startProcessInstanceByKey("AssignedTestProcess", Map.of("assignee", assignee)).getId();
        Task task = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
        task.setDueDate(due);
        taskService.saveTask(task);
        return task.getId();
    }

    private Document home(String userId, String... groups) throws Exception {
        return Jsoup.parse(mvc.perform(get("/").with(as(userId, groups))).andReturn().getResponse().getContentAsString());
    }
}
