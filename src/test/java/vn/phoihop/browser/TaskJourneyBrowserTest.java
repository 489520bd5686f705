package vn.phoihop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.phoihop.testsupport.DemoAccountsFile;
import vn.phoihop.testsupport.HeadlessChromium;
import vn.phoihop.testsupport.IntegrationTest;

/**
 * A staff member on a phone-sized screen: logs in, starts a process from /processes, opens the
 * task, submits its form once with an error and once correctly, and sees the task leave the list.
 */
@Tag("browser")
@IntegrationTest
class TaskJourneyBrowserTest {

    @LocalServerPort
    int port;

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
    void startAProcessAndCompleteItsTask() {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("px05");
        browser.findElement(By.id("password")).sendKeys("wrong");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        assertThat(browser.findElement(By.cssSelector(".alert-danger")).getText()).contains("Sai tên đăng nhập");

        browser.findElement(By.id("username")).sendKeys("px05");
        browser.findElement(By.id("password")).sendKeys(DemoAccountsFile.PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        // the login page has an h1 too: wait for the home page's
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Xin chào"));

        browser.get(url("/processes"));
        browser.findElement(By.cssSelector("a.start-process[data-process-key=SmokeTestProcess]")).click();
        String title = "Khu phố " + UUID.randomUUID().toString().substring(0, 8);
        browser.findElement(By.name("recordTitle")).sendKeys(title);
        browser.findElement(By.id("start")).click();
        assertThat(browser.findElement(By.id("flash-info")).getText()).contains("Đã khởi tạo");

        browser.get(url("/tasks?view=group&q=" + title.substring(title.length() - 8)));
        // the counts arrive after the list, from /tasks/counts
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("task-total"), "1 công việc"));
        var row = browser.findElement(By.cssSelector("tr.task-row"));
        assertThat(row.findElement(By.cssSelector("td.task-record")).getText()).isEqualTo(title);
        row.findElement(By.cssSelector("a.task-link")).click();
        // bpmn-js draws the diagram and marks the waiting step under the portal's Content-Security-Policy
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".bpmn-diagram svg .current-step")));

        browser.findElement(By.id("complete")).click();
        assertThat(browser.findElement(By.id("flash-error")).getText()).contains("chưa hợp lệ");
        assertThat(browser.findElement(By.cssSelector("textarea[name=reviewComment].is-invalid")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector(".invalid-feedback")).getText()).isNotBlank();

        browser.findElement(By.name("reviewComment")).sendKeys("Đã kiểm tra, đạt yêu cầu.");
        browser.findElement(By.id("complete")).click();
        assertThat(browser.findElement(By.id("flash-info")).getText()).contains("Đã hoàn thành");

        browser.get(url("/tasks?q=" + title.substring(title.length() - 8)));
        assertThat(browser.findElements(By.cssSelector("tr.task-row"))).isEmpty();
        assertThat(browser.findElement(By.id("no-tasks")).isDisplayed()).isTrue();
        assertThat(HeadlessChromium.contentSecurityPolicyViolations(browser)).isEmpty();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
