package vn.phoihop.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.phoihop.tasks.RecordTitle;

/**
 * Server time of the task list at 10,000 open tasks of one group, next to the bare engine query,
 * on H2 and on PostgreSQL. Run: {@code mvn -Pbenchmark test} (PostgreSQL: TEST_POSTGRES_URL, else
 * an embedded server). Prints p50/p95 in milliseconds, the page's as the server's own time (a
 * filter in front of all others) and as the client's round trip; asserts nothing.
 */
public final class TaskListBenchmark {

    private static final int TASKS = Integer.getInteger("bench.tasks", 10_000);
    private static final int SAMPLES = Integer.getInteger("bench.samples", 100);

    public static void main(String[] args) throws Exception {
        List<String> report = PortalBench.onEachDatabase(Map.of("camunda.bpm.job-execution.enabled", "false"),
                TaskListBenchmark::run);
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
        HttpClient http = PortalBench.loggedIn(port, "px05");
        HttpRequest page = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/tasks")).GET().build();
        PortalBench.ServerTimes.clear();
        PortalBench.Stats pageStats = PortalBench.measure(SAMPLES, () -> {
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
        PortalBench.Stats pageServer = PortalBench.Stats.of(PortalBench.ServerTimes.lastMillis("/tasks", SAMPLES));
        PortalBench.Stats bareStats = PortalBench.measure(SAMPLES, () -> taskService.createTaskQuery().taskCandidateGroup("px05").listPage(0, 50));
        PortalBench.Stats countStats = PortalBench.measure(SAMPLES, PortalBench.body(http, port, "/tasks/counts"));
        PortalBench.Stats countServer = PortalBench.Stats.of(PortalBench.ServerTimes.lastMillis("/tasks/counts", SAMPLES));
        // What any portal page costs (session, security, layout, badge), for comparison with the list
        PortalBench.measure(SAMPLES, PortalBench.body(http, port, "/processes"));
        PortalBench.Stats plainPage = PortalBench.Stats.of(PortalBench.ServerTimes.lastMillis("/processes", SAMPLES));
        // A search that matches nothing, the worst case: every open task of the group is read and folded
        PortalBench.measure(SAMPLES, PortalBench.body(http, port, "/tasks?q=" + URLEncoder.encode("Đơn vị số " + (TASKS / 2) + "x", StandardCharsets.UTF_8)));
        PortalBench.Stats searchPage = PortalBench.Stats.of(PortalBench.ServerTimes.lastMillis("/tasks", SAMPLES));
        double budget = 2 * bareStats.p95() + 20;
        return String.format("%-9s /tasks server time p50 %6.1f p95 %6.1f (round trip p50 %6.1f p95 %6.1f)"
                        + " | bare query p50 %6.1f p95 %6.1f | budget 2×bare p95+20 = %.1f → %s"
                        + " | /tasks/counts (loaded after the page) server p50 %6.1f p95 %6.1f (round trip p95 %6.1f)"
                        + " | a plain page (/processes) server p50 %6.1f p95 %6.1f"
                        + " | a search matching no record (/tasks?q=) server p50 %6.1f p95 %6.1f",
                db, pageServer.p50(), pageServer.p95(), pageStats.p50(), pageStats.p95(), bareStats.p50(), bareStats.p95(), budget,
                pageServer.p95() <= budget ? "within" : "OVER", countServer.p50(), countServer.p95(), countStats.p95(),
                plainPage.p50(), plainPage.p95(), searchPage.p50(), searchPage.p95());
    }

}
