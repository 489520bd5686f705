package vn.phoihop.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Server time of the task list at 10,000 open tasks of one group, next to the bare engine query,
 * on H2 and on PostgreSQL. Run: {@code mvn -Pbenchmark test} (PostgreSQL: TEST_POSTGRES_URL, else
 * an embedded server). Prints p50/p95 in milliseconds, the page's as the server's own time (a
 * filter in front of all others) and as the client's round trip; asserts nothing.
 */
public final class TaskListBenchmark {

    /** Open tasks on PostgreSQL, measured in turn: the list grows to each size in the same database. */
    private static final List<Integer> SIZES = sizes(System.getProperty("bench.tasks", "10000,1000000"));
    /** H2 is the embedded default of one office: measured at the sizes up to this one. */
    private static final int H2_LIMIT = Integer.getInteger("bench.h2.maxTasks", 10_000);
    private static final int SAMPLES = Integer.getInteger("bench.samples", 100);

    public static void main(String[] args) throws Exception {
        List<String> report = PortalBench.onEachDatabase(Map.of("camunda.bpm.job-execution.enabled", "false"),
                TaskListBenchmark::run);
        System.out.println();
        System.out.println("Task list benchmark: open tasks of group px05, first page of 50, " + SAMPLES + " samples each (ms)");
        report.forEach(System.out::println);
        System.exit(0);
    }

    private static List<Integer> sizes(String list) {
        return java.util.Arrays.stream(list.split(",")).map(String::strip).map(Integer::valueOf).sorted().toList();
    }

    private static String run(String db, ConfigurableApplicationContext app) throws Exception {
        List<String> lines = new java.util.ArrayList<>();
        BenchTasks fill = new BenchTasks(db, app);
        for (int size : SIZES) {
            if ("h2".equals(db) && size > H2_LIMIT) {
                continue;
            }
            fill.upTo(size);
            lines.add(measure(db + " " + size, app));
        }
        return String.join(System.lineSeparator(), lines);
    }

    private static String measure(String db, ConfigurableApplicationContext app) throws Exception {
        TaskService taskService = app.getBean(TaskService.class);
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
        PortalBench.measure(SAMPLES, PortalBench.body(http, port, "/tasks?q=" + URLEncoder.encode("Đơn vị số " + (BenchTasks.SEED / 2) + "x", StandardCharsets.UTF_8)));
        PortalBench.Stats searchPage = PortalBench.Stats.of(PortalBench.ServerTimes.lastMillis("/tasks", SAMPLES));
        // A search every task matches (the step's name): the list reads the tasks in order and stops at the page
        PortalBench.measure(SAMPLES, PortalBench.body(http, port, "/tasks?q=" + URLEncoder.encode("xem xét", StandardCharsets.UTF_8)));
        PortalBench.Stats commonSearch = PortalBench.Stats.of(PortalBench.ServerTimes.lastMillis("/tasks", SAMPLES));
        double budget = 2 * bareStats.p95() + 20;
        return String.format("%-9s /tasks server time p50 %6.1f p95 %6.1f (round trip p50 %6.1f p95 %6.1f)"
                        + " | bare query p50 %6.1f p95 %6.1f | budget 2×bare p95+20 = %.1f → %s"
                        + " | /tasks/counts (loaded after the page) server p50 %6.1f p95 %6.1f (round trip p95 %6.1f)"
                        + " | a plain page (/processes) server p50 %6.1f p95 %6.1f"
                        + " | a search matching no record (/tasks?q=) server p50 %6.1f p95 %6.1f"
                        + " | a search every task matches server p50 %6.1f p95 %6.1f",
                db, pageServer.p50(), pageServer.p95(), pageStats.p50(), pageStats.p95(), bareStats.p50(), bareStats.p95(), budget,
                pageServer.p95() <= budget ? "within" : "OVER", countServer.p50(), countServer.p95(), countStats.p95(),
                plainPage.p50(), plainPage.p95(), searchPage.p50(), searchPage.p95(), commonSearch.p50(), commonSearch.p95());
    }

}
