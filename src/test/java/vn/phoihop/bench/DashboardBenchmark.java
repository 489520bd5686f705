package vn.phoihop.bench;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.phoihop.imports.ImportReport;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.reports.PeriodicReportBench;
import vn.phoihop.security.PortalUser;
import vn.phoihop.tasks.OverdueTasks;
import vn.phoihop.units.UnitImport;

/**
 * Issue #14's figures with a province-size data set, on H2 and on PostgreSQL: {@code bench.units}
 * (3,000) units imported, {@code bench.residentGroups} (10,000) resident groups, {@code bench.completed}
 * (50,000) completed and {@code bench.open} (5,000) open tasks (a tenth of them overdue) filled through
 * the engine; then
 * <ul>
 * <li>{@code /dashboard}'s server time p50/p95 over {@code bench.samples} (50) requests, beside the bare
 * engine's count of the open tasks in the same run;</li>
 * <li>a yearly report generated: every reporting organisation's figures counted, then its Word, PDF
 * and Excel files written.</li>
 * </ul>
 * Run: {@code mvn -Pbenchmark-dashboard test} (PostgreSQL: TEST_POSTGRES_URL, else an embedded server).
 * Prints the figures; asserts nothing.
 */
public final class DashboardBenchmark {

    private static final int UNITS = Integer.getInteger("bench.units", 3_000);
    private static final int RESIDENT_GROUPS = Integer.getInteger("bench.residentGroups", 10_000);
    private static final int COMPLETED = Integer.getInteger("bench.completed", 50_000);
    private static final int OPEN = Integer.getInteger("bench.open", 5_000);
    private static final int SAMPLES = Integer.getInteger("bench.samples", 50);
    private static final String WARD_POLICE = "commune-police-tan-ninh";
    private static final PortalUser ADMIN = new PortalUser("admin", "Admin", List.of("camunda-admin"));

    public static void main(String[] args) throws Exception {
        List<String> report = PortalBench.onEachDatabase(Map.of(), DashboardBenchmark::run);
        System.out.println();
        System.out.printf("Dashboard benchmark: %d units, %d resident groups, %d completed and %d open tasks, %d samples (ms)%n",
                UNITS, RESIDENT_GROUPS, COMPLETED, OPEN, SAMPLES);
        report.forEach(System.out::println);
        System.exit(0);
    }

    private static String run(String db, ConfigurableApplicationContext app) throws Exception {
        long started = System.nanoTime();
        importUnits(app);
        insertResidentGroups(app);
        fillTasks(app);
        if ("postgres".equals(db)) {
            app.getBean(JdbcTemplate.class).execute("analyze");
        }
        System.out.printf("%s: filled in %.0f s%n", db, (System.nanoTime() - started) / 1e9);

        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        HttpClient leader = PortalBench.loggedIn(port, "bgdca");
        int year = ProvinceClock.today().getYear();
        PortalBench.ServerTimes.clear();
        PortalBench.Stats roundTrip = PortalBench.measure(SAMPLES, PortalBench.body(leader, port, "/dashboard?year=" + year));
        PortalBench.Stats server = PortalBench.Stats.of(PortalBench.ServerTimes.lastMillis("/dashboard", SAMPLES));
        TaskService tasks = app.getBean(TaskService.class);
        PortalBench.Stats bare = PortalBench.measure(SAMPLES, () -> tasks.createTaskQuery().count());
        OverdueTasks overdue = app.getBean(OverdueTasks.class);
        PortalBench.Stats overdueQuery = PortalBench.measure(SAMPLES, overdue::byGroup);

        PeriodicReportBench.Timing yearly = PeriodicReportBench.yearlyReport(app);
        return String.format("%-9s /dashboard server p50 %.1f p95 %.1f (round trip p95 %.1f; bare engine task count p95 %.1f;"
                        + " overdue by group p95 %.1f) | yearly report for %d organisations: figures %.0f ms + Word, PDF, Excel %.0f ms"
                        + " = %.2f s (%d KB, %d KB, %d KB)",
                db, server.p50(), server.p95(), roundTrip.p95(), bare.p95(), overdueQuery.p95(), yearly.organizations(),
                yearly.figuresMillis(), yearly.filesMillis(), (yearly.figuresMillis() + yearly.filesMillis()) / 1000,
                yearly.docxBytes() / 1024, yearly.pdfBytes() / 1024, yearly.xlsxBytes() / 1024);
    }

    private static void importUnits(ConfigurableApplicationContext app) {
        StringBuilder csv = new StringBuilder("Mã,Loại,Tên,Huyện,Xã/phường,Đơn vị quản lý,Người liên hệ\n");
        IdentityService identity = app.getBean(IdentityService.class);
        for (int i = 0; i < UNITS; i++) {
            identity.saveUser(identity.newUser("bu" + i));
            csv.append("bench-kp").append(i).append(",Khu dân cư,Khu phố ").append(i).append(",,Phường Tân Ninh,")
                    .append(WARD_POLICE).append(",bu").append(i).append('\n');
        }
        ImportReport imported = app.getBean(UnitImport.class).run("units.csv", csv.toString().getBytes(StandardCharsets.UTF_8),
                ADMIN);
        if (imported.imported() != UNITS) {
            throw new IllegalStateException("import refused: " + imported.errors());
        }
    }

    /** A third of them consolidated, as the plan asks, spread over the communes' police. */
    private static void insertResidentGroups(ConfigurableApplicationContext app) {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        List<String> managing = jdbc.queryForList("select code from organization where kind = 'COMMUNE_POLICE'", String.class);
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < RESIDENT_GROUPS; i++) {
            boolean consolidated = i % 3 == 0;
            rows.add(new Object[] {"bench-tdc-" + i, "Tổ " + i, "Xã " + (i % 50), "Ấp " + (i % 200), managing.get(i % managing.size()),
                    "Tổ trưởng " + i, null, consolidated, consolidated ? "GOOD" : "FAIR", 40, consolidated ? 40 : 20, now, "bench", 0L});
        }
        jdbc.batchUpdate("insert into resident_group (code, name, commune, area, managing_org, leader, board_members, board_consolidated,"
                + " quality, households, households_informed, updated_at, updated_by, version) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows);
    }

    /** Completed tasks through the engine on two threads (history as it would be), then the open ones, a tenth overdue. */
    private static void fillTasks(ConfigurableApplicationContext app) throws Exception {
        var model = Bpmn.createExecutableProcess("DashboardBenchTask").camundaHistoryTimeToLive(1).startEvent()
                .userTask("BenchTask").camundaFormRef("periodic-report-overdue").camundaFormRefBinding("latest").camundaCandidateGroups("px05").camundaDueDate("${due}").endEvent().done();
        app.getBean(RepositoryService.class).createDeployment().addModelInstance("DashboardBenchTask.bpmn", model).deploy();
        RuntimeService runtime = app.getBean(RuntimeService.class);
        TaskService tasks = app.getBean(TaskService.class);
        Date past = Date.from(Instant.now().minusSeconds(86_400L * 3));
        Date future = Date.from(Instant.now().plusSeconds(86_400L * 30));
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> done = new ArrayList<>();
        for (int thread = 0; thread < 2; thread++) {
            done.add(pool.submit(() -> {
                for (int i = 0; i < COMPLETED / 2; i++) {
                    ProcessInstance instance = runtime.startProcessInstanceByKey("DashboardBenchTask", Map.of("due", future));
                    Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
                    tasks.complete(task.getId());
                }
                return null;
            }));
        }
        for (Future<?> thread : done) {
            thread.get();
        }
        pool.shutdown();
        System.out.printf("  %d tasks completed in %.0f s%n", COMPLETED, (System.nanoTime() - started) / 1e9);
        for (int i = 0; i < OPEN; i++) {
            runtime.startProcessInstanceByKey("DashboardBenchTask", Map.of("due", i % 10 == 0 ? past : future));
        }
    }
}
