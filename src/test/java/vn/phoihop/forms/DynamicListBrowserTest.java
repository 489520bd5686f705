package vn.phoihop.forms;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.phoihop.testsupport.HeadlessChromium;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code static/js/dynamic-list.js} in Chromium on the rendered form, without the application: rows added and
 * removed in the page must post names the binder reads back as the rows on screen, in screen order.
 */
@Tag("browser")
class DynamicListBrowserTest {

    private WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void addedAndRemovedRowsPostAsTheRowsOnScreen() throws Exception {
        FormSchema form = TestForms.dynamicList();
        FormContext context = FormContext.of(Map.of("nominees", List.of(
                Map.of("kind", "collective", "name", "Phòng A", "achievement", "Tốt"),
                Map.of("kind", "individual", "name", "Bỏ đi", "achievement", "x"))), TestForms.VI);
        String script = Path.of("src/main/resources/static/js/dynamic-list.js").toAbsolutePath().toUri().toString();
        String html = FormRenderingTest.html(new FormViewFactory(TestForms.options()).create(form, context), TestForms.VI)
                .replace("</body>", "<script src=\"" + script + "\"></script></body>");
        Path page = Files.createTempFile("dynamic-list", ".html");
        Files.writeString(page, html);
        browser = HeadlessChromium.start();
        browser.get(page.toUri().toString());

        WebElement add = browser.findElement(By.cssSelector("[data-dynamic-list-add]"));
        assertThat(add.isDisplayed()).isTrue();
        browser.findElements(By.cssSelector("[data-dynamic-list-items] [data-dynamic-list-remove]")).get(1).click();
        add.click();
        add.click();
        assertThat(add.isEnabled()).as("three rows is the maximum").isFalse();
        List<WebElement> rows = browser.findElements(By.cssSelector("[data-dynamic-list-items] > [data-dynamic-list-item]"));
        assertThat(rows).hasSize(3);
        assertThat(rows).extracting(r -> r.findElement(By.cssSelector("[data-dynamic-list-number]")).getText())
                .containsExactly("1", "2", "3");
        WebElement newName = rows.get(1).findElement(By.cssSelector("input[name='nominees[1].name']"));
        assertThat(browser.switchTo().activeElement().getAttribute("name")).isEqualTo("nominees[2].kind");
        assertThat(browser.findElement(By.cssSelector("label[for='" + newName.getAttribute("id") + "']")).getText())
                .startsWith("Tên");
        new org.openqa.selenium.support.ui.Select(rows.get(1).findElement(By.tagName("select"))).selectByValue("individual");
        newName.sendKeys("Nguyễn Văn An");
        rows.get(1).findElement(By.tagName("textarea")).sendKeys("Sáng kiến");
        rows.get(1).findElement(By.cssSelector("input[value=movement]")).click();
        rows.get(2).findElement(By.cssSelector("[data-dynamic-list-remove]")).click();
        assertThat(add.isEnabled()).isTrue();

        @SuppressWarnings("unchecked")
        List<List<String>> posted = (List<List<String>>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(new FormData(document.querySelector('form')).entries());");
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        posted.forEach(entry -> params.add(entry.get(0), entry.get(1)));
        params.put("name", List.of("Đợt 1"));
        FormSubmission submission = new FormSubmissionBinder(TestForms.options())
                .bind(form, params, new LinkedMultiValueMap<>(), context);

        assertThat(submission.errors()).isEmpty();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> stored = (List<Map<String, Object>>) submission.values().get("nominees");
        assertThat(stored).extracting(r -> r.get("name")).containsExactly("Phòng A", "Nguyễn Văn An");
        assertThat(stored.get(1).get("fields")).isEqualTo(List.of("movement"));
        List<String> ids = browser.findElements(By.cssSelector("[id]")).stream().map(e -> e.getAttribute("id")).toList();
        assertThat(ids).doesNotHaveDuplicates();
    }
}
