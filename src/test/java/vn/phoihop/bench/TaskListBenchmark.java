package vn.phoihop.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.phoihop.tasks.RecordTitle;
import vn.phoihop.testsupport.DatabaseSettings;
import vn.phoihop.testsupport.DemoAccountsFile;
import vn.phoihop.testsupport.TestApplications;
import vn.phoihop.testsupport.TestDatabase;

/**
 * Server time of the task list at 10,000 open tasks of one group, next to the bare engine query,
 * on H2 and on PostgreSQL. Run: {@code mvn -Pbenchmark test} (PostgreSQL: TEST_POSTGRES_URL, else
 * an embedded server). Prints p50/p95 in milliseconds, the page's as the server's own time (a
 * filter in front of all others) and as the client's round trip; asserts nothing.
 */
public final class TaskListBenchmark {

    private static final int TASKS = Integer.getInteger("bench.tasks", 10_000);
    private static final int WARM_UP = 20;
    private static final int SAMPLES = Integer.getInteger("bench.samples", 100);

    public static void main(String[] args) throws Exception {
        List<String> report = new ArrayList<>();
        for (String db : System.getProperty("bench.dbs", "h2,postgres").split(",")) {
            System.setProperty(TestDatabase.SYSTEM_PROPERTY, db);
            DatabaseSettings database = TestDatabase.newDatabase();
            try (ConfigurableApplicationContext app = TestApplications.start(Map.of(
                    "spring.datasource.url", database.url(),
                    "spring.datasource.username", database.username(),
                    "spring.datasource.password", database.password(),
                    "camunda.bpm.job-execution.enabled", "false",
                    "logging.level.root", "WARN"), new Class<?>[] {ServerTimes.class}, "demo")) {
                report.add(run(db, app));
            }
        }
        System.out.println();
        System.out.println("Task list benchmark: " + TASKS + " open tasks of group px05, first page of 50, "
                + SAMPLES + " samples each (ms)");
        report.forEach(System.out::println);
        System.exit(0);
    }

    private static String run(String db, ConfigurableApplicationContext app) throws Exception {
        RuntimeService runtime = app.getBean(RuntimeService.class);
        TaskService taskService = app.getBean(TaskService.class);
        long started = System.nanoTime();
        for (int i = 0; i < TASKS; i++) {
            runtime.startProcessInstanceByKey("SmokeTestProcess", "unit-" + i, Map.of(RecordTitle.VARIABLE, "Đơn vị số " + i));
        }
        System.out.printf("%s: created %d tasks in %.1f s%n", db, TASKS, (System.nanoTime() - started) / 1e9);
        if ("postgres".equals(db)) {
            // A database in use has statistics (autovacuum analyzes tables after this many inserts);
            // a freshly filled one has none, and PostgreSQL then picks nested loops that take seconds.
            app.getBean(JdbcTemplate.class).execute("analyze");
        }

        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        HttpClient http = loggedIn(port);
        HttpRequest page = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/tasks")).GET().build();
        ServerTimes.clear();
        Stats pageStats = measure(() -> {
            try {
                HttpResponse<String> response = http.send(page, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200 || !response.body().contains("task-row")) {
                    throw new IllegalStateException("unexpected /tasks answer " + response.statusCode());
                }
                return null;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Stats pageServer = Stats.of(ServerTimes.lastMillis("/tasks", SAMPLES));
        Stats bareStats = measure(() -> taskService.createTaskQuery().taskCandidateGroup("px05").listPage(0, 50));
        Stats countStats = measure(body(http, port, "/tasks/counts"));
        Stats countServer = Stats.of(ServerTimes.lastMillis("/tasks/counts", SAMPLES));
        // What any portal page costs (session, security, layout, badge), for comparison with the list
        measure(body(http, port, "/processes"));
        Stats plainPage = Stats.of(ServerTimes.lastMillis("/processes", SAMPLES));
        // A search that matches nothing, the worst case: every open task of the group is read and folded
        measure(body(http, port, "/tasks?q=" + URLEncoder.encode("Đơn vị số " + (TASKS / 2) + "x", StandardCharsets.UTF_8)));
        Stats searchPage = Stats.of(ServerTimes.lastMillis("/tasks", SAMPLES));
        double budget = 2 * bareStats.p95 + 20;
        return String.format("%-9s /tasks server time p50 %6.1f p95 %6.1f (round trip p50 %6.1f p95 %6.1f)"
                        + " | bare query p50 %6.1f p95 %6.1f | budget 2×bare p95+20 = %.1f → %s"
                        + " | /tasks/counts (loaded after the page) server p50 %6.1f p95 %6.1f (round trip p95 %6.1f)"
                        + " | a plain page (/processes) server p50 %6.1f p95 %6.1f"
                        + " | a search matching no record (/tasks?q=) server p50 %6.1f p95 %6.1f",
                db, pageServer.p50, pageServer.p95, pageStats.p50, pageStats.p95, bareStats.p50, bareStats.p95, budget,
                pageServer.p95 <= budget ? "within" : "OVER", countServer.p50, countServer.p95, countStats.p95,
                plainPage.p50, plainPage.p95, searchPage.p50, searchPage.p95);
    }

    private record Stats(double p50, double p95) {

        static Stats of(List<Double> millis) {
            List<Double> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            return new Stats(sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1));
        }
    }

    /**
     * The server's own time per request, from the first filter in until the response is written:
     * what the target is about, without the client's HTTP handling.
     */
    @Configuration(proxyBeanMethods = false)
    static class ServerTimes {

        private static final Map<String, List<Double>> MILLIS = new ConcurrentHashMap<>();

        static void clear() {
            MILLIS.clear();
        }

        /** The last {@code count} timings of the path: the measured requests, after the warm-up. */
        static List<Double> lastMillis(String path, int count) {
            List<Double> all = MILLIS.getOrDefault(path, List.of());
            return all.subList(Math.max(0, all.size() - count), all.size());
        }

        @Bean
        FilterRegistrationBean<Filter> serverTimeFilter() {
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
                long start = System.nanoTime();
                try {
                    chain.doFilter(request, response);
                } finally {
                    MILLIS.computeIfAbsent(((HttpServletRequest) request).getRequestURI(),
                            path -> Collections.synchronizedList(new ArrayList<>())).add((System.nanoTime() - start) / 1e6);
                }
            });
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }

    /** A GET of the portal, answering the page's text. */
    private static Supplier<String> body(HttpClient http, int port, String pathAndQuery) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).GET().build();
        return () -> {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static Stats measure(Supplier<?> action) {
        for (int i = 0; i < WARM_UP; i++) {
            action.get();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            long start = System.nanoTime();
            action.get();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        return Stats.of(millis);
    }

    /** Logs in through the form, as a browser would, and keeps the session cookie. */
    private static HttpClient loggedIn(int port) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String base = "http://localhost:" + port;
        String login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=px05&password=" + URLEncoder.encode(DemoAccountsFile.PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("login failed: " + response.statusCode());
        }
        return http;
    }
}
