package vn.phoihop.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.phoihop.testsupport.DemoAccountsFile;
import vn.phoihop.testsupport.IntegrationTest;

/**
 * Issue #16 §4: the health says UP or DOWN for the database, the process engine and the job executor,
 * to anyone (a load balancer); the Prometheus metrics — request timings and the engine's jobs,
 * incidents and open tasks per process — only to an administrator, with HTTP Basic as a scraper sends it.
 */
@IntegrationTest
class ObservabilityTest {

    @LocalServerPort
    int port;
    @Autowired
    CamundaMetrics metrics;
    @Autowired
    RuntimeService runtimeService;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void healthNamesTheDatabaseTheEngineAndTheJobExecutor() throws Exception {
        HttpResponse<String> health = get("/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode components = new ObjectMapper().readTree(health.body()).path("components");
        for (String component : new String[] {"db", "processEngine", "jobExecutor"}) {
            assertThat(components.path(component).path("status").asText()).as(component).isEqualTo("UP");
        }
        assertThat(health.body()).doesNotContain("jdbc:");
    }

    @Test
    void prometheusMetricsAreForAdministratorsAndCarryTheEnginesFigures() throws Exception {
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "px05").statusCode()).isEqualTo(403);
        get("/login", null);
        runtimeService.startProcessInstanceByKey("AssignedTestProcess", Map.of("assignee", "px05"));
        metrics.refreshOpenTasks();
        HttpResponse<String> scrape = get("/actuator/prometheus", "admin");
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("camunda_jobs_executed_total", "camunda_jobs_failed_total", "camunda_incidents_open",
                "http_server_requests_seconds_count", "jvm_memory_used_bytes");
        assertThat(scrape.body()).containsPattern("camunda_tasks_open\\{process=\"AssignedTestProcess\"\\} [1-9]");
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + DemoAccountsFile.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
