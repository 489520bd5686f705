package vn.phoihop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.phoihop.testsupport.HeadlessChromium;
import vn.phoihop.testsupport.IntegrationTest;

/**
 * The dashboard on a phone-sized screen as a police leader opens it: the charts are drawn by the
 * Chart.js the application serves (no CDN, no inline script the policy would block), the page fits
 * the screen's width, and a target's card leads to the list behind it; the leaders' page likewise.
 */
@Tag("browser")
@IntegrationTest
class DashboardBrowserTest {

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
    void aLeaderSeesTheChartsOnAPhoneAndFollowsAFigureToItsList() {
        logIn("bgdca");
        browser.get(url("/dashboard"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        // Chart.js keeps each chart it drew, by canvas
        wait.until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return typeof Chart !== 'undefined' && !!Chart.getChart('targets-chart') && !!Chart.getChart('meetings-chart');")));
        Long bars = (Long) ((JavascriptExecutor) browser).executeScript(
                "return Chart.getChart('targets-chart').data.datasets[0].data.length;");
        assertThat(bars).isEqualTo((long) browser.findElements(By.cssSelector("#targets .target-card")).size()).isEqualTo(10L);
        assertThat(HeadlessChromium.contentSecurityPolicyViolations(browser)).isEmpty();
        Long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0L);

        browser.findElement(By.id("target-meetingsHeld")).click();
        wait.until(ExpectedConditions.urlContains("/meetings"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();

        browser.get(url("/leaders"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Việc của lãnh đạo");
        assertThat(HeadlessChromium.contentSecurityPolicyViolations(browser)).isEmpty();
    }

    private void logIn(String user) {
        HeadlessChromium.logIn(browser, url(""), user);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
