package vn.phoihop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.session.SessionRepository;
import vn.phoihop.attachments.TestFiles;
import vn.phoihop.tasks.RecordTitle;
import vn.phoihop.testsupport.DemoAccountsFile;
import vn.phoihop.testsupport.HeadlessChromium;
import vn.phoihop.testsupport.IntegrationTest;

/**
 * Nothing typed is lost, in a real browser (issue #10, finding 2): the tờ trình chosen in a
 * commendation proposal refused for another field is still there and sent with the corrected form;
 * a task's draft survives logout and login, a comment keeps the half-filled form, and a form sent
 * after the session expired comes back after the login with its values.
 */
@Tag("browser")
@IntegrationTest
class UnsentFormsBrowserTest {

    @LocalServerPort
    int port;
    @TempDir
    Path files;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    SessionRepository<?> sessions;

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
    void aRefusedProposalStillShowsItsLetterAndTheCorrectedOneSendsIt() throws Exception {
        Path letter = Files.write(files.resolve("to-trinh.pdf"), TestFiles.pdf());
        logIn("ldld");
        browser.get(url("/processes/CommendationProcess/start"));
        String title = "Đề nghị giữ tệp " + UUID.randomUUID().toString().substring(0, 8);
        browser.findElement(By.name("recordTitle")).sendKeys(title);
        new Select(browser.findElement(By.name("proposingOrganization"))).selectByValue("ldld");
        new Select(browser.findElement(By.name("source"))).selectByValue("liaison-meeting");
        // no award form chosen: the server refuses the proposal
        fillNominee();
        browser.findElement(By.name("proposalLetter")).sendKeys(letter.toString());
        browser.findElement(By.id("start")).click();

        assertThat(browser.findElement(By.id("flash-error")).getText()).isNotBlank();
        WebElement kept = browser.findElement(By.cssSelector("#fld-proposalLetter-kept"));
        assertThat(kept.getText()).contains("to-trinh.pdf");
        assertThat(kept.findElement(By.cssSelector("input.kept-file")).isSelected()).isTrue();
        assertThat(browser.findElement(By.name("recordTitle")).getAttribute("value")).isEqualTo(title);

        new Select(browser.findElement(By.name("awardForm"))).selectByValue("giay-khen-mttq-tinh");
        browser.findElement(By.id("start")).click();
        assertThat(browser.findElement(By.id("flash-info")).getText()).contains("Đã khởi tạo");

        browser.get(url("/commendations?q=" + title.substring(title.length() - 8)));
        browser.findElement(By.cssSelector("tr.proposal-row a.proposal-link")).click();
        assertThat(browser.findElement(By.id("attachments")).getText()).contains("to-trinh.pdf");
        assertThat(HeadlessChromium.contentSecurityPolicyViolations(browser)).isEmpty();
    }

    @Test
    void aDraftSurvivesLogoutACommentKeepsTheFormAndAnExpiredSessionReturnsToIt() {
        var instance = runtimeService.startProcessInstanceByKey("SmokeTestProcess",
                Map.of(RecordTitle.VARIABLE, "Nháp trình duyệt " + UUID.randomUUID().toString().substring(0, 8)));
        String taskId = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
        logIn("px05");
        browser.get(url("/tasks/" + taskId));
        type("reviewComment", "Nhận xét viết dở");
        browser.findElement(By.id("save-draft")).click();
        assertThat(browser.findElement(By.id("flash-info")).getText()).contains("Đã lưu nháp");

        // the menu is folded on a phone; the logout form is what matters
        browser.findElement(By.cssSelector("form[action$='/logout']")).submit();
        logIn("px05");
        browser.get(url("/tasks/" + taskId));
        assertThat(value("reviewComment")).isEqualTo("Nhận xét viết dở");
        assertThat(browser.findElement(By.id("draft-notice")).isDisplayed()).isTrue();

        // a comment in the middle of the form
        type("reviewComment", "Nhận xét sửa sau khi trao đổi");
        browser.findElement(By.id("comment-message")).sendKeys("Đề nghị bổ sung biên bản");
        browser.findElement(By.id("comment-submit")).click();
        // the page reloads after the comment: wait for the new one rather than read the old, stale list
        assertThat(new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".comment-list"), "Đề nghị bổ sung biên bản"))).isTrue();
        assertThat(value("reviewComment")).isEqualTo("Nhận xét sửa sau khi trao đổi");

        // the session expires while the user types on
        type("reviewComment", "Gửi khi phiên đã hết hạn");
        sessions.deleteById(new String(Base64.getDecoder().decode(browser.manage().getCookieNamed("SESSION").getValue()),
                StandardCharsets.UTF_8));
        browser.findElement(By.id("complete")).click();
        // the post and its redirect to the login page may still be under way when click() returns
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login?expired"));
        assertThat(browser.getCurrentUrl()).contains("/login?expired");
        logIn("px05");
        assertThat(browser.getCurrentUrl()).contains("/tasks/" + taskId);
        assertThat(value("reviewComment")).isEqualTo("Gửi khi phiên đã hết hạn");
        assertThat(browser.findElement(By.id("draft-restored")).isDisplayed()).isTrue();
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();

        browser.findElement(By.id("complete")).click();
        assertThat(browser.findElement(By.id("flash-info")).getText()).isNotBlank();
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isZero();
        assertThat(HeadlessChromium.contentSecurityPolicyViolations(browser)).isEmpty();
    }

    private void fillNominee() {
        new Select(browser.findElement(By.name("nominees[0].kind"))).selectByValue("individual");
        browser.findElement(By.name("nominees[0].name")).sendKeys("Nguyễn Thị Hoa");
        browser.findElement(By.name("nominees[0].organizationName")).sendKeys("Ấp Bình Hòa");
        browser.findElement(By.name("nominees[0].achievement")).sendKeys("Vận động nhân dân tố giác tội phạm");
    }

    private void type(String name, String text) {
        WebElement field = browser.findElement(By.name(name));
        field.clear();
        field.sendKeys(text);
    }

    private String value(String name) {
        return browser.findElement(By.name(name)).getAttribute("value");
    }

    /** From the login page, wherever the portal sends the user afterwards. */
    private void logIn(String user) {
        if (!browser.getCurrentUrl().contains("/login")) {
            browser.get(url("/login"));
        }
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(DemoAccountsFile.PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
