package vn.phoihop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.phoihop.testsupport.HeadlessChromium;
import vn.phoihop.testsupport.IntegrationTest;

/**
 * The editors of {@code /admin/processes} in a real browser, served by the application itself: the Camunda 7
 * modeler draws a deployed process with its properties panel and bpmnlint's button, and its "check" posts
 * the diagram the editor holds and comes back without problems and without deploying; the form and decision
 * editors draw theirs. The portal's Content-Security-Policy blocks nothing they need.
 */
@Tag("browser")
@IntegrationTest
class ProcessEditorBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repositoryService;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = HeadlessChromium.start();
        browser.manage().window().setSize(new Dimension(1366, 900));
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        HeadlessChromium.logIn(browser, url(""), "admin");
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anAdministratorOpensADeployedProcessInTheModelerAndChecksIt() {
        ProcessDefinition commendation = repositoryService.createProcessDefinitionQuery().processDefinitionKey("CommendationProcess")
                .latestVersion().singleResult();
        long versions = repositoryService.createProcessDefinitionQuery().processDefinitionKey("CommendationProcess").count();
        browser.get(url("/admin/processes"));
        browser.findElement(By.cssSelector("#process-definitions tr[data-key=CommendationProcess] a.edit-link[href*='.bpmn']")).click();

        wait.until(ExpectedConditions.attributeToBe(By.id("model-editor"), "data-ready", "true"));
        UserTask task = repositoryService.getBpmnModelInstance(commendation.getId()).getModelElementsByType(UserTask.class).iterator().next();
        String firstTask = task.getId();
        assertThat(browser.findElements(By.cssSelector("#model-editor .djs-element[data-element-id=" + firstTask + "]"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#model-properties .bio-properties-panel"))).isNotEmpty();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#model-editor .bjsl-button")));

        browser.findElement(By.cssSelector("#model-editor .djs-element[data-element-id=" + firstTask + "] .djs-hit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#model-properties .bio-properties-panel-header"), task.getName()));
        // the Camunda 7 properties: who does the task, and its form (camunda:formRef)
        browser.findElements(By.cssSelector("#model-properties .bio-properties-panel-group-header")).stream()
                .filter(header -> header.getText().contains("User assignment")).findFirst().orElseThrow().click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#model-properties [name=candidateGroups]")));
        assertThat(browser.findElement(By.cssSelector("#model-properties [name=candidateGroups]")).getAttribute("value"))
                .isEqualTo(task.getCamundaCandidateGroups());

        browser.findElement(By.id("validate")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("valid")));
        assertThat(browser.findElement(By.id("model-source")).getAttribute("value")).contains("id=\"" + firstTask + "\"");
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("CommendationProcess").count()).isEqualTo(versions);
        assertThat(HeadlessChromium.contentSecurityPolicyViolations(browser)).isEmpty();
    }

    @Test
    void formsAndDecisionTablesOpenInTheirEditors() {
        ProcessDefinition commendation = repositoryService.createProcessDefinitionQuery().processDefinitionKey("CommendationProcess")
                .latestVersion().singleResult();
        String form = repositoryService.getDeploymentResourceNames(commendation.getDeploymentId()).stream()
                .filter(name -> name.endsWith("commendation-proposal.form")).findFirst().orElseThrow();
        browser.get(url("/admin/processes/edit?deployment=" + commendation.getDeploymentId() + "&resource=" + form));
        wait.until(ExpectedConditions.attributeToBe(By.id("model-editor"), "data-ready", "true"));
        assertThat(browser.findElements(By.cssSelector("#model-editor .fjs-editor-container"))).isNotEmpty();

        DecisionDefinition decision = repositoryService.createDecisionDefinitionQuery().latestVersion().list().get(0);
        browser.get(url("/admin/processes/edit?deployment=" + decision.getDeploymentId() + "&resource=" + decision.getResourceName()));
        wait.until(ExpectedConditions.attributeToBe(By.id("model-editor"), "data-ready", "true"));
        assertThat(browser.findElements(By.cssSelector("#model-editor .dmn-decision-table-container, #model-editor .dmn-drd-container")))
                .isNotEmpty();
        assertThat(HeadlessChromium.contentSecurityPolicyViolations(browser)).isEmpty();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
