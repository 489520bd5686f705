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

    /** Open tasks on PostgreSQL, measured in turn: the list grows to each size in the same database. */
    private static final List<Integer> SIZES = sizes(System.getProperty("bench.tasks", "10000,1000000"));
    /** H2 is the embedded default of one office: measured at the sizes up to this one. */
    private static final int H2_LIMIT = Integer.getInteger("bench.h2.maxTasks", 10_000);
    private static final int SAMPLES = Integer.getInteger("bench.samples", 100);
    /** Process instances made through the engine; the rest of the tasks are copies of theirs, in bulk. */
    private static final int SEED = 1_000;

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
        TaskFill fill = new TaskFill(db, app);
        for (int size : SIZES) {
            if ("h2".equals(db) && size > H2_LIMIT) {
                continue;
            }
            fill.upTo(size);
            lines.add(measure(db + " " + size, app));
        }
        return String.join(System.lineSeparator(), lines);
    }

    /**
     * Fills the task list: the first {@link #SEED} tasks through the engine (real instances with
     * their record titles), the others as copies of them made by SQL in chunks, each with a task id,
     * a candidate link for px05, a created time and a due date of its own. A million tasks take
     * minutes this way instead of hours through the engine.
     */
    private static final class TaskFill {

        private static final int CHUNK = 100_000;
        private final String db;
        private final ConfigurableApplicationContext app;
        private final JdbcTemplate jdbc;
        private int filled;

        TaskFill(String db, ConfigurableApplicationContext app) {
            this.db = db;
            this.app = app;
            this.jdbc = app.getBean(JdbcTemplate.class);
        }

        void upTo(int size) {
            long started = System.nanoTime();
            RuntimeService runtime = app.getBean(RuntimeService.class);
            int before = filled;
            for (; filled < Math.min(size, SEED); filled++) {
                runtime.startProcessInstanceByKey("SmokeTestProcess", "unit-" + filled,
                        Map.of(RecordTitle.VARIABLE, "Đơn vị số " + filled));
            }
            while (filled < size) {
                int to = Math.min(size, filled + CHUNK);
                copy(filled, to);
                filled = to;
            }
            if ("postgres".equals(db)) {
                // A database in use has statistics (autovacuum analyzes tables after this many inserts);
                // a freshly filled one has none, and PostgreSQL then picks nested loops that take seconds.
                jdbc.execute("analyze");
            }
            System.out.printf("%s: %d → %d open tasks in %.1f s%n", db, before, filled, (System.nanoTime() - started) / 1e9);
        }

        /** Tasks number {@code from} (inclusive) to {@code to}, copied from the seed tasks in turn. */
        private void copy(int from, int to) {
            String series = "postgres".equals(db) ? "(select N from generate_series(?, ?) as G(N)) S"
                    : "(select X as N from system_range(?, ?)) S";
            List<String> columns = columns("ACT_RU_TASK");
            StringBuilder select = new StringBuilder();
            for (String column : columns) {
                select.append(select.isEmpty() ? "" : ", ").append(switch (column) {
                    case "ID_" -> "concat('bench-', S.N)";
                    case "CREATE_TIME_" -> "dateadd(second, -S.N, T.CREATE_TIME_)";
                    case "DUE_DATE_" -> "dateadd(hour, mod(S.N, 24 * 60) - 240, T.CREATE_TIME_)";
                    default -> "T." + column;
                });
            }
            String seed = "(select T0.*, row_number() over (order by T0.ID_) - 1 as K from ACT_RU_TASK T0"
                    + " where T0.ID_ not like 'bench-%') T";
            String tasks = "insert into ACT_RU_TASK (" + String.join(", ", columns) + ") select " + select
                    + " from " + seed + " join " + series + " on T.K = mod(S.N, " + SEED + ")";
            jdbc.update(postgres(tasks), from, to - 1);
            jdbc.update(postgres("insert into ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, TYPE_, TASK_ID_)"
                    + " select concat('bench-link-', S.N), 1, 'px05', 'candidate', concat('bench-', S.N) from " + series),
                    from, to - 1);
        }

        /** PostgreSQL has no dateadd: the same shift as interval arithmetic. */
        private String postgres(String sql) {
            if (!"postgres".equals(db)) {
                return sql;
            }
            return sql.replace("dateadd(second, -S.N, T.CREATE_TIME_)", "T.CREATE_TIME_ - S.N * interval '1 second'")
                    .replace("dateadd(hour, mod(S.N, 24 * 60) - 240, T.CREATE_TIME_)", "T.CREATE_TIME_ + (mod(S.N, 24 * 60) - 240) * interval '1 hour'");
        }

        private List<String> columns(String table) {
            return jdbc.query("select * from " + table + " where 1 = 0", rows -> {
                var meta = rows.getMetaData();
                List<String> names = new java.util.ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    names.add(meta.getColumnName(i).toUpperCase(java.util.Locale.ROOT));
                }
                return names;
            });
        }
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
        PortalBench.measure(SAMPLES, PortalBench.body(http, port, "/tasks?q=" + URLEncoder.encode("Đơn vị số " + (SEED / 2) + "x", StandardCharsets.UTF_8)));
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
