package vn.phoihop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.phoihop.attachments.TestFiles;
import vn.phoihop.testsupport.HeadlessChromium;
import vn.phoihop.testsupport.IntegrationTest;

/**
 * A member organisation's officer proposes a commendation on a phone-sized screen: two nominees
 * (the second row added with the form's button), the tờ trình uploaded, and the proposal found
 * in the registry with both nominees.
 */
@Tag("browser")
@IntegrationTest
class CommendationBrowserTest {

    @LocalServerPort
    int port;
    @TempDir
    Path files;

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
    void proposeTwoNomineesWithTheLetterAndFindThemInTheRegistry() throws Exception {
        Path letter = Files.write(files.resolve("to-trinh.pdf"), TestFiles.pdf());
        logIn("ldld");
        browser.get(url("/processes"));
        browser.findElement(By.cssSelector("a.start-process[data-process-key=CommendationProcess]")).click();

        String title = "Đề nghị khen " + UUID.randomUUID().toString().substring(0, 8);
        browser.findElement(By.name("recordTitle")).sendKeys(title);
        new Select(browser.findElement(By.name("proposingOrganization"))).selectByValue("ldld");
        new Select(browser.findElement(By.name("source"))).selectByValue("liaison-meeting");
        new Select(browser.findElement(By.name("awardForm"))).selectByValue("giay-khen-mttq-tinh");
        fillNominee(0, "individual", "Nguyễn Thị Hoa", "Ấp Bình Hòa");
        browser.findElement(By.cssSelector("[data-dynamic-list-add]")).click();
        fillNominee(1, "collective", "Tổ tự quản số 5", "Xã Bình Minh");
        browser.findElement(By.name("proposalLetter")).sendKeys(letter.toString());
        browser.findElement(By.id("start")).click();
        assertThat(browser.findElement(By.id("flash-info")).getText()).contains("Đã khởi tạo");

        browser.get(url("/commendations?q=" + title.substring(title.length() - 8)));
        List<WebElement> rows = browser.findElements(By.cssSelector("tr.proposal-row"));
        assertThat(rows).hasSize(1);
        rows.get(0).findElement(By.cssSelector("a.proposal-link")).click();
        assertThat(browser.findElement(By.id("proposal-title")).getText()).isEqualTo(title);
        assertThat(browser.findElement(By.cssSelector(".nominee-table")).getText())
                .contains("Nguyễn Thị Hoa", "Tổ tự quản số 5");
        assertThat(browser.findElement(By.id("attachments")).getText()).contains("to-trinh.pdf");
        assertThat(HeadlessChromium.contentSecurityPolicyViolations(browser)).isEmpty();
    }

    private void fillNominee(int row, String kind, String name, String organization) {
        String prefix = "nominees[" + row + "].";
        new Select(browser.findElement(By.name(prefix + "kind"))).selectByValue(kind);
        browser.findElement(By.name(prefix + "name")).sendKeys(name);
        browser.findElement(By.name(prefix + "organizationName")).sendKeys(organization);
        browser.findElement(By.name(prefix + "achievement")).sendKeys("Vận động nhân dân tố giác tội phạm");
    }

    private void logIn(String user) {
        HeadlessChromium.logIn(browser, url(""), user);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
