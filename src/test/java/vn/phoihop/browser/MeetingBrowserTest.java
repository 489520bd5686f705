package vn.phoihop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.testsupport.HeadlessChromium;
import vn.phoihop.testsupport.IntegrationTest;

/**
 * A liaison meeting on a phone-sized screen: the Labour Federation's officer finds the month's
 * update in the task list and sends it; PX05's officer records the minutes with the update beside
 * the form, a second attendee and an action added with the lists' buttons, and finds the meeting in
 * the register waiting for PTTG's approval.
 */
@Tag("browser")
@IntegrationTest
class MeetingBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    ManagementService managementService;

    private WebDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = HeadlessChromium.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aMemberSendsItsUpdateAndTheHostRecordsTheMinutesOnAPhone() throws Exception {
        String reason = "Giao ban đột xuất " + UUID.randomUUID().toString().substring(0, 8);
        ProcessInstance meeting = callMeeting(reason);
        for (Task update : taskService.createTaskQuery().processInstanceId(meeting.getId()).list()) {
            if (taskService.getIdentityLinksForTask(update.getId()).stream().noneMatch(link -> "member-ldld".equals(link.getGroupId()))) {
                sendAs(update, (String) taskService.getVariable(update.getId(), "organization"));
            }
        }

        logIn("ldld");
        browser.get(url("/tasks"));
        WebElement row = browser.findElements(By.cssSelector("tr.task-row")).stream()
                .filter(candidate -> candidate.getText().contains("Giao ban phối hợp đột xuất")).findFirst().orElseThrow();
        row.findElement(By.cssSelector("a.task-link")).click();
        browser.findElement(By.name("updateResults")).sendKeys("Tổ chức 5 buổi tuyên truyền cho công nhân");
        browser.findElement(By.name("updateProposals")).sendKeys("Đề nghị khen Công đoàn Công ty Sailun");
        browser.findElement(By.id("complete")).click();
        assertThat(browser.findElement(By.id("flash-info")).getText()).contains("Đã hoàn thành");
        logOut();

        awaitJobs(meeting);
        Task record = taskService.createTaskQuery().processInstanceId(meeting.getId()).taskDefinitionKey("Task_RecordMinutes").singleResult();
        logIn("px05");
        browser.get(url("/tasks/" + record.getId()));
        assertThat(browser.findElement(By.id("record-summary")).getText()).contains("Tổ chức 5 buổi tuyên truyền cho công nhân");
        setDate("heldOn", ProvinceClock.today().toString());
        browser.findElement(By.name("place")).sendKeys("Hội trường Công an tỉnh");
        browser.findElement(By.name("chairedBy")).sendKeys("Trần Minh Khang, Trưởng phòng PX05");
        new Select(browser.findElement(By.name("attendees[0].organization"))).selectByValue("px05");
        browser.findElement(By.name("attendees[0].name")).sendKeys("Trần Minh Khang");
        addRow("attendees");
        new Select(browser.findElement(By.name("attendees[1].organization"))).selectByValue("ldld");
        browser.findElement(By.name("attendees[1].name")).sendKeys("Đặng Văn Lợi");
        browser.findElement(By.name("assessment")).sendKeys("Các tổ chức thực hiện tốt nội dung phối hợp.");
        browser.findElement(By.name("nextPeriod")).sendKeys("Tuyên truyền phòng, chống ma túy.");
        addRow("actions");
        new Select(browser.findElement(By.name("actions[0].organization"))).selectByValue("ldld");
        browser.findElement(By.name("actions[0].content")).sendKeys("Tuyên truyền Luật Phòng cháy, chữa cháy");
        setDate("actions[0].dueOn", ProvinceClock.today().plusDays(14).toString());
        browser.findElement(By.id("complete")).click();
        assertThat(browser.findElement(By.id("flash-info")).getText()).contains("Đã hoàn thành");

        String meetingId = (String) runtimeService.getVariable(meeting.getId(), "meetingId");
        browser.get(url("/meetings/" + meetingId));
        assertThat(browser.findElement(By.id("meeting-status")).getText()).isEqualTo("Chờ thông qua biên bản");
        assertThat(browser.findElement(By.id("attendees")).getText()).contains("Trần Minh Khang", "Đặng Văn Lợi");
        assertThat(HeadlessChromium.contentSecurityPolicyViolations(browser)).isEmpty();
    }

    /** PX05 calls the meeting through the engine, as the portal's start would. */
    private ProcessInstance callMeeting(String reason) {
        identityService.setAuthentication("px05", java.util.List.of("px05"));
        try {
            return runtimeService.startProcessInstanceByKey("LiaisonMeetingProcess", Map.of("meetingReason", reason));
        } finally {
            identityService.clearAuthentication();
        }
    }

    private void sendAs(Task update, String organization) {
        identityService.setAuthentication(organization, java.util.List.of("member-" + organization));
        try {
            taskService.setVariablesLocal(update.getId(), Map.of("updateResults", "Đã thực hiện"));
            taskService.complete(update.getId());
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** The form's actions stay at the foot of a phone's screen: the button is brought to the middle first, as a thumb would scroll. */
    private void addRow(String list) {
        WebElement add = browser.findElement(By.cssSelector("[data-dynamic-list-name='" + list + "'] [data-dynamic-list-add]"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", add);
        add.click();
    }

    /** A date input takes the value the way a phone's date picker sets it. */
    private void setDate(String name, String isoDate) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", browser.findElement(By.name(name)), isoDate);
    }

    private void awaitJobs(ProcessInstance meeting) throws InterruptedException {
        for (int i = 0; i < 200 && managementService.createJobQuery().processInstanceId(meeting.getId()).messages().count() > 0; i++) {
            Thread.sleep(50);
        }
    }

    private void logIn(String user) {
        HeadlessChromium.logIn(browser, url(""), user);
    }

    private void logOut() {
        browser.manage().deleteAllCookies();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
