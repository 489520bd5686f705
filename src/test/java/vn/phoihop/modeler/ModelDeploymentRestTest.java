package vn.phoihop.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import vn.phoihop.testsupport.DemoAccountsFile;
import vn.phoihop.testsupport.EngineApiClient;
import vn.phoihop.testsupport.IntegrationTest;

/** An administrator's redeploy through the REST API meets the same checks as start-up, answered with 400. */
@IntegrationTest
class ModelDeploymentRestTest {

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repositoryService;

    @Test
    void malformedBpmnIsRefusedWith400NamingTheFile() throws Exception {
        long before = repositoryService.createDeploymentQuery().count();
        HttpResponse<String> response = deploy("BrokenUpload.bpmn", "<bpmn:definitions xmlns:bpmn=\"oops\"><unclosed>");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("BrokenUpload.bpmn");
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before);
    }

    @Test
    void aFormRefNamingNoFormIsRefusedWith400NamingTheElement() throws Exception {
        String model = new ClassPathResource("processes/SmokeTestProcess.bpmn").getContentAsString(StandardCharsets.UTF_8)
                .replace("id=\"SmokeTestProcess\"", "id=\"UploadedProcess\"")
                .replace("camunda:formRef=\"smoke-review\"", "camunda:formRef=\"no-such-form\"");
        HttpResponse<String> response = deploy("UploadedProcess.bpmn", model);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Task_ReviewSmoke").contains("no-such-form");
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("UploadedProcess").count()).isZero();
    }

    @Test
    void aProcessDeployedWhileRunningMayBeStartedAtOnceByTheGroupsItNames() throws Exception {
        String key = "Deployed" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String model = new ClassPathResource("processes/SmokeTestProcess.bpmn").getContentAsString(StandardCharsets.UTF_8)
                .replace("id=\"SmokeTestProcess\"", "id=\"" + key + "\"")
                .replace("bpmnElement=\"SmokeTestProcess\"", "bpmnElement=\"" + key + "\"")
                .replace("camunda:candidateStarterGroups=\"px05\"", "camunda:candidateStarterGroups=\"member-lhpn\"");
        assertThat(deploy(key + ".bpmn", model).statusCode()).isEqualTo(200);

        // no restart: the grant the model asks for is there, and the engine lets the starter start it
        String start = "/engine-rest/process-definition/key/" + key + "/start";
        String body = "{\"variables\": {\"recordTitle\": {\"value\": \"Ngay sau khi triển khai\"}}}";
        HttpResponse<String> started = EngineApiClient.rest(port, "lhpn").post(start, body);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        assertThat(EngineApiClient.rest(port, "ldld").post(start, body).statusCode()).as("a group it does not name").isIn(403, 404);
    }

    private HttpResponse<String> deploy(String fileName, String content) throws Exception {
        return EngineApiClient.rest(port, "admin").deploy("upload-test", fileName, content);
    }
}
