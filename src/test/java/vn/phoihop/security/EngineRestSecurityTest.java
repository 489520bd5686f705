package vn.phoihop.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.phoihop.testsupport.DemoAccountsFile;
import vn.phoihop.testsupport.IntegrationTest;

/** Through a real HTTP port: the REST API is a Jersey servlet that MockMvc does not reach. */
@IntegrationTest
class EngineRestSecurityTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void engineRestNeedsCredentials() throws Exception {
        HttpResponse<String> response = get("/engine-rest/engine", null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void engineRestAnswersADemoUserWithBasicCredentials() throws Exception {
        HttpResponse<String> response = get("/engine-rest/engine", basic("px05", DemoAccountsFile.PASSWORD));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"default\"");
    }

    @Test
    void engineRestRefusesAWrongPassword() throws Exception {
        assertThat(get("/engine-rest/engine", basic("px05", "wrong")).statusCode()).isEqualTo(401);
    }

    @Test
    void engineAuthorizationsApplyToRestCalls() throws Exception {
        // Staff may not read authorizations (other than their own few); the administrator reads all.
        HttpResponse<String> asStaff = get("/engine-rest/authorization/count", basic("px05", DemoAccountsFile.PASSWORD));
        HttpResponse<String> asAdmin = get("/engine-rest/authorization/count", basic("admin", DemoAccountsFile.PASSWORD));
        assertThat(asStaff.statusCode()).isEqualTo(200);
        assertThat(asAdmin.statusCode()).isEqualTo(200);
        assertThat(count(asStaff.body())).isLessThan(count(asAdmin.body()));
        assertThat(count(asAdmin.body())).isGreaterThan(100);
    }

    @Test
    void camundaWebappsUseThePortalLogin() throws Exception {
        HttpResponse<String> response = get("/camunda/app/cockpit/default/", null);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).endsWith("/login"));
    }

    private static int count(String json) {
        return Integer.parseInt(json.replaceAll("\\D", ""));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
