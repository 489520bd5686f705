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

    private HttpResponse<String> deploy(String fileName, String content) throws Exception {
        String boundary = "----phoihop" + UUID.randomUUID();
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"deployment-name\"\r\n\r\nupload-test\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"data\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + content + "\r\n"
                + "--" + boundary + "--\r\n";
        String credentials = Base64.getEncoder().encodeToString(("admin:" + DemoAccountsFile.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/deployment/create"))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
