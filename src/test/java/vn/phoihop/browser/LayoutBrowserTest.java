package vn.phoihop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.phoihop.commendations.Proposals;
import vn.phoihop.testsupport.DemoAccountsFile;
import vn.phoihop.testsupport.HeadlessChromium;
import vn.phoihop.testsupport.IntegrationTest;

/**
 * The portal's shell in a real browser at a phone's 360 px and a desktop's 1366 px (issue #10,
 * finding 10): no main page scrolls sideways on the phone, the menu collapses there and fits one
 * line on the desktop, the current page is marked, and a task's first action is in the first screen.
 * One browser for the class, logged in once as px05, with one commendation proposal to look at.
 */
@Tag("browser")
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LayoutBrowserTest {

    /** The right edge of the widest visible element, and the element, as the browser lays them out. */
    private static final String WIDEST = """
            let widest = {right: 0, what: ''};
            for (const element of document.querySelectorAll('body *')) {
              const box = element.getBoundingClientRect();
              if (box.width === 0 || box.height === 0 || getComputedStyle(element).visibility === 'hidden') continue;
              if (box.right > widest.right) {
                widest = {right: Math.ceil(box.right), what: element.tagName + '#' + element.id + '.' + element.className};
              }
            }
            return {right: widest.right, what: widest.what, viewport: document.documentElement.clientWidth,
                    scrollWidth: document.documentElement.scrollWidth};
            """;

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine processEngine;

    private WebDriver browser;
    private String proposalId;
    private String appraisalTaskId;
    private String meetingId;

    @BeforeAll
    void openBrowserAsPx05() throws Exception {
        browser = HeadlessChromium.start();
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("px05");
        browser.findElement(By.id("password")).sendKeys(DemoAccountsFile.PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Xin chào"));
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyMainPageFitsAPhoneWithoutScrollingSideways() {
        ensureProposal();
        browser.manage().window().setSize(new Dimension(360, 800));
        for (String path : List.of("/", "/tasks", "/tasks/" + appraisalTaskId, "/commendations", "/commendations/" + proposalId,
                "/notifications", "/substitutes", "/units", "/units/tn-kp1", "/units/progress", "/units/resident-groups",
                "/dashboard", "/leaders", "/plans", "/plans/KH-100-2023", "/reports", "/propaganda", "/models", "/models/inspections",
                "/meetings", "/meetings/" + meetingId, "/zalo-groups", "/reviews", "/processes", "/?lang=en", "/tasks?lang=en", "/commendations/" + proposalId + "?lang=en")) {
            browser.get(url(path));
            if (path.equals("/meetings")) {
                assertThat(browser.findElements(By.cssSelector("a[href$='/meetings/" + meetingId + "']"))).as("the meeting listed").isNotEmpty();
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> widest = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(WIDEST);
            long viewport = ((Number) widest.get("viewport")).longValue();
            assertThat(viewport).as("viewport").isLessThanOrEqualTo(360);
            assertThat(((Number) widest.get("right")).longValue()).as(path + ": widest element " + widest.get("what"))
                    .isLessThanOrEqualTo(viewport);
            assertThat(((Number) widest.get("scrollWidth")).longValue()).as(path + ": page width").isLessThanOrEqualTo(viewport);
        }
    }

    @Test
    void onAPhoneTheMenuOpensFromItsButtonAndTheFirstActionIsOnTheFirstScreen() {
        ensureProposal();
        browser.manage().window().setSize(new Dimension(360, 800));
        // the language chosen on another test's page stays with the session
        browser.get(url("/tasks/" + appraisalTaskId + "?lang=vi"));
        WebElement menu = browser.findElement(By.id("mainNav"));
        assertThat(menu.isDisplayed()).isFalse();
        browser.findElement(By.cssSelector(".navbar-toggler")).click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOf(menu));
        assertThat(browser.findElement(By.cssSelector("#main-menu [aria-current=page]")).getText()).isEqualTo("Công việc");

        browser.get(url("/tasks/" + appraisalTaskId));
        WebElement claim = browser.findElement(By.id("claim"));
        long viewportHeight = ((Number) ((JavascriptExecutor) browser).executeScript("return window.innerHeight")).longValue();
        assertThat(claim.getRect().getY() + claim.getRect().getHeight()).as("Nhận việc within the first screen")
                .isLessThanOrEqualTo((int) viewportHeight);
    }

    @Test
    void onADesktopTheMenuFitsOneLineAndMarksTheCurrentPage() {
        browser.manage().window().setSize(new Dimension(1366, 900));
        for (String path : List.of("/tasks", "/tasks?lang=en")) {
            browser.get(url(path));
            List<WebElement> links = browser.findElements(By.cssSelector("#main-menu > li > a, #main-menu > li.dropdown > a"));
            assertThat(links).hasSizeGreaterThanOrEqualTo(7); // px05 has the Camunda tools too
            int top = links.get(0).getRect().getY();
            int height = links.get(0).getRect().getHeight();
            for (WebElement link : links) {
                assertThat(link.getRect().getY()).as(path + ": " + link.getText() + " on the first line").isEqualTo(top);
                assertThat(link.getRect().getHeight()).as(path + ": " + link.getText() + " on one line").isEqualTo(height);
            }
            assertThat(height).as("one line of text").isLessThan(50);
            WebElement current = browser.findElement(By.cssSelector("#main-menu [aria-current=page]"));
            assertThat(current.getText()).isIn("Công việc", "Tasks");
            assertThat(current.getCssValue("box-shadow")).as("the current page is underlined").contains("inset");
        }
    }

    /**
     * The proposal and the meeting to look at, made on first use (the engine's coverage listener
     * records only inside a test): the lists are checked with a row, whatever ran before.
     */
    private void ensureProposal() {
        if (proposalId != null) {
            return;
        }
        Proposals proposals = new Proposals(processEngine);
        proposalId = proposals.propose("ldld", "member-ldld", "ldld",
                "Đề nghị khen thưởng tập thể và cá nhân có thành tích xuất sắc " + UUID.randomUUID(), "giay-khen-giam-doc-cat",
                Proposals.individual("Nguyễn Thị Thanh Phương Hoàng", "Tổ trưởng tổ dân cư tự quản số 12",
                        "Khu phố Ninh Phúc, phường Ninh Thạnh", "Vận động 100% hộ gia đình tham gia mô hình tự quản về an ninh trật tự"),
                Proposals.collective("Tổ dân cư tự quản số 3 khu phố Hiệp Bình", "Phường Hiệp Ninh, thành phố Tây Ninh",
                        "Ba năm liền không có tội phạm và tệ nạn xã hội"));
        appraisalTaskId = proposals.openTask(proposalId, Proposals.APPRAISAL).getId();
        processEngine.getIdentityService().setAuthentication("px05", List.of("px05"));
        try {
            String meeting = processEngine.getRuntimeService().startProcessInstanceByKey("LiaisonMeetingProcess",
                    Map.of("meetingReason", "Giao ban tháng về công tác phối hợp bảo đảm an ninh trật tự")).getId();
            meetingId = (String) processEngine.getRuntimeService().getVariable(meeting, "meetingId");
        } finally {
            processEngine.getIdentityService().clearAuthentication();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
