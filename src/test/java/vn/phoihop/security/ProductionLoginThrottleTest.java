package vn.phoihop.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import vn.phoihop.testsupport.TestApplications;

/**
 * Production mode slows wrong passwords with Camunda's lock, at the form login and at the REST
 * API alike. The first lock is 1 s here instead of 3 s and does not grow, to keep the test short;
 * {@link #productionShipsCamundasLockSettings} checks what production really runs with.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductionLoginThrottleTest {

    private static final String PASSWORD = "Right-pass-1";
    private static final long LOCK_MILLIS = 1000;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private ConfigurableApplicationContext app;
    private String base;

    @BeforeAll
    void start() {
        app = TestApplications.start(Map.of(
                "phoihop.admin.password", "Admin-pass-1",
                "camunda.bpm.generic-properties.properties.login-delay-base", "1",
                "camunda.bpm.generic-properties.properties.login-delay-factor", "1"));
        base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
        IdentityService identity = app.getBean(IdentityService.class);
        for (String userId : new String[] {"formuser", "restuser", "brieflylocked"}) {
            var user = identity.newUser(userId);
            user.setPassword(PASSWORD);
            identity.saveUser(user);
            identity.createMembership(userId, "px05");
        }
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void theRightPasswordJustAfterAWrongOneIsRefusedUntilTheLockEnds() throws Exception {
        assertThat(formLogin("brieflylocked", "wrong")).isEqualTo("/login?error");
        assertThat(formLogin("brieflylocked", PASSWORD)).as("during the lock").isEqualTo("/login?error");
        assertThat(restStatus("brieflylocked", PASSWORD)).as("during the lock").isEqualTo(401);
        Thread.sleep(LOCK_MILLIS + 300);
        assertThat(formLogin("brieflylocked", PASSWORD)).isEqualTo("/");
    }

    @Test
    void tenWrongPasswordsInARowLockTheAccountForGoodAtBothDoors() throws Exception {
        assertThat(formLogin("formuser", PASSWORD)).isEqualTo("/");
        assertThat(restStatus("restuser", PASSWORD)).isEqualTo(200);
        for (int attempt = 1; attempt <= 10; attempt++) {
            assertThat(formLogin("formuser", "wrong-" + attempt)).isEqualTo("/login?error");
            assertThat(restStatus("restuser", "wrong-" + attempt)).isEqualTo(401);
            // after the lock, so that each attempt counts
            Thread.sleep(LOCK_MILLIS + 300);
        }
        assertThat(formLogin("formuser", PASSWORD)).isEqualTo("/login?error");
        assertThat(restStatus("restuser", PASSWORD)).isEqualTo(401);
        Thread.sleep(LOCK_MILLIS + 300);
        assertThat(formLogin("formuser", PASSWORD)).as("locked for good").isEqualTo("/login?error");
        assertThat(restStatus("restuser", PASSWORD)).as("locked for good").isEqualTo(401);
    }

    @Test
    void theLoginPageSaysWhatTheLockDoes() throws Exception {
        assertThat(get("/login?error")).contains(
                "Sai tên đăng nhập hoặc mật khẩu, hoặc tài khoản đang bị khóa.",
                "tài khoản bị khóa từ 1 đến 60 giây; trong lúc bị khóa, cả mật khẩu đúng cũng bị từ chối.",
                "Sau 10 lần nhập sai liên tiếp, tài khoản bị khóa cho đến khi quản trị viên mở khóa.")
                .doesNotContain("phải chờ");
        assertThat(get("/login?error&lang=en")).contains(
                "Wrong user name or password, or the account is locked.",
                "the account is locked for 1 to 60 seconds; while it is locked, even the right password is refused.",
                "After 10 wrong passwords in a row, the account stays locked until an administrator unlocks it.");
    }

    /** Cheap: the default profile leaves Camunda's own settings alone, and those are 3 s doubling up to 60 s, 10 attempts. */
    @Test
    void productionShipsCamundasLockSettings() throws IOException {
        var documents = new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yaml"));
        var defaultProfile = documents.get(0);
        assertThat(defaultProfile.getProperty("spring.config.activate.on-profile")).isNull();
        for (String name : ((org.springframework.core.env.EnumerablePropertySource<?>) defaultProfile).getPropertyNames()) {
            assertThat(name).doesNotContain("login-").doesNotContain("phoihop.login");
        }
        var camundaDefaults = new StandaloneProcessEngineConfiguration();
        assertThat(camundaDefaults.getLoginDelayBase()).isEqualTo(3);
        assertThat(camundaDefaults.getLoginDelayFactor()).isEqualTo(2);
        assertThat(camundaDefaults.getLoginDelayMaxTime()).isEqualTo(60);
        assertThat(camundaDefaults.getLoginMaxAttempts()).isEqualTo(10);
    }

    /** Answers where the form login sends the browser. */
    private String formLogin(String userId, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String page = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        var csrf = CSRF.matcher(page);
        assertThat(csrf.find()).as("CSRF token on the login page").isTrue();
        String form = "username=" + encode(userId) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        HttpResponse<Void> response = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.startsWith(base) ? location.substring(base.length()) : location;
    }

    private int restStatus(String userId, String password) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((userId + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/engine-rest/task"))
                .header("Authorization", "Basic " + credentials).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private String get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
