package vn.phoihop.bench;

import static vn.phoihop.units.registration.UnitRegistrationProcessVariables.*;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.phoihop.imports.ImportReport;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.security.PortalUser;
import vn.phoihop.units.UnitImport;
import vn.phoihop.units.recognition.RecognitionProgress;
import vn.phoihop.units.registration.RegistrationProgress;

/**
 * Issue #11's figures at a province's scale, on H2 and on PostgreSQL: {@code bench.units} (3,000)
 * residential areas of one ward are imported, register and are accepted; then
 * <ul>
 * <li>the job executor opens their first monthly round (a timer cycle each: a task, two boundary
 * timers, the next cycle) — jobs/s, beside the same executor firing as many bare timers (a timer
 * catch event before a user task, no listeners) in the same run;</li>
 * <li>the units do their check, and the ward police's {@code /tasks} page is timed with that many
 * open reviews;</li>
 * <li>the progress figures' queries are timed for the ward and for the province.</li>
 * </ul>
 * Run: {@code mvn -Pbenchmark-units test} (PostgreSQL: TEST_POSTGRES_URL, else an embedded server).
 * Prints the figures; asserts nothing.
 */
public final class UnitsBenchmark {

    private static final int UNITS = Integer.getInteger("bench.units", 3_000);
    private static final int SAMPLES = Integer.getInteger("bench.samples", 100);
    private static final String WARD_POLICE = "commune-police-tan-ninh";
    private static final PortalUser ADMIN = new PortalUser("admin", "Admin", List.of("camunda-admin"));

    public static void main(String[] args) throws Exception {
        // the executor polls often, so that its idle back-off does not count as work
        List<String> report = PortalBench.onEachDatabase(Map.of("camunda.bpm.job-execution.wait-time-in-millis", "100",
                "camunda.bpm.job-execution.max-wait", "200"), UnitsBenchmark::run);
        System.out.println();
        System.out.println("Units benchmark: " + UNITS + " residential areas of one ward, " + SAMPLES + " samples each (ms)");
        report.forEach(System.out::println);
        System.exit(0);
    }

    private static String run(String db, ConfigurableApplicationContext app) throws Exception {
        // 17 November 2025: residential areas register for 2026; their first round is on 20 November
        ClockUtil.setCurrentTime(at(2025, 11, 17, 9, 0));
        String tag = "b" + Long.toString(System.nanoTime() % 100_000, 36);
        long importStarted = System.nanoTime();
        ImportReport imported = app.getBean(UnitImport.class).run("units.csv", csv(app, tag), ADMIN);
        double importSeconds = (System.nanoTime() - importStarted) / 1e9;
        if (imported.imported() != UNITS) {
            throw new IllegalStateException("import refused: " + imported.errors());
        }
        long registerStarted = System.nanoTime();
        registerAndAccept(app, tag);
        double registerSeconds = (System.nanoTime() - registerStarted) / 1e9;
        startBareTimers(app);
        analyze(db, app);
        System.out.printf("%s: imported %d units in %.1f s, registered and accepted them in %.1f s%n", db, UNITS,
                importSeconds, registerSeconds);

        ManagementService management = app.getBean(ManagementService.class);
        double bareRate = drain(management, at(2025, 11, 19, 0, 1));
        double roundRate = drain(management, at(2025, 11, 20, 8, 1));

        doTheChecks(app, tag);
        analyze(db, app);
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        HttpClient police = PortalBench.loggedIn(port, "catanninh");
        PortalBench.ServerTimes.clear();
        PortalBench.Stats tasksRoundTrip = PortalBench.measure(SAMPLES, PortalBench.body(police, port, "/tasks"));
        PortalBench.Stats tasksServer = PortalBench.Stats.of(PortalBench.ServerTimes.lastMillis("/tasks", SAMPLES));
        TaskService tasks = app.getBean(TaskService.class);
        PortalBench.Stats bareTasks = PortalBench.measure(SAMPLES,
                () -> tasks.createTaskQuery().taskCandidateGroup(WARD_POLICE).listPage(0, 50));

        // the progress page's figures: registrations and checks, and the classification of decided recognitions
        RegistrationProgress progress = app.getBean(RegistrationProgress.class);
        RecognitionProgress levels = app.getBean(RecognitionProgress.class);
        PortalBench.Stats ward = PortalBench.measure(SAMPLES,
                () -> List.of(progress.of(2026, List.of(WARD_POLICE)), levels.of(2026, List.of(WARD_POLICE))));
        PortalBench.Stats province = PortalBench.measure(SAMPLES, () -> List.of(progress.of(2026, null), levels.of(2026, null)));
        RegistrationProgress.Row figures = progress.of(2026, List.of(WARD_POLICE)).get(0);
        return String.format("%-9s round timers %.0f jobs/s (bare timer %.0f jobs/s, %.0f %%)"
                        + " | /tasks with %d open reviews: server p50 %.1f p95 %.1f (round trip p95 %.1f; bare query p95 %.1f)"
                        + " | progress of the ward p50 %.1f p95 %.1f, of the province p50 %.1f p95 %.1f"
                        + " (ward: %d/%d registered, %d/%d checks on time)",
                db, roundRate, bareRate, 100 * roundRate / bareRate, UNITS, tasksServer.p50(), tasksServer.p95(),
                tasksRoundTrip.p95(), bareTasks.p95(), ward.p50(), ward.p95(), province.p50(), province.p95(),
                figures.registered(), figures.units(), figures.onTime(), figures.checksOpened());
    }

    /** One contact person per unit, as in a real ward: a person is in one unit's group, not thousands. */
    private static byte[] csv(ConfigurableApplicationContext app, String tag) {
        IdentityService identity = app.getBean(IdentityService.class);
        StringBuilder csv = new StringBuilder("Mã,Loại,Tên,Huyện,Xã/phường,Đơn vị quản lý,Người liên hệ\n");
        for (int i = 0; i < UNITS; i++) {
            identity.saveUser(identity.newUser(tag + "u" + i));
            csv.append(tag).append("-kp").append(i).append(",Khu dân cư,Khu phố ").append(i)
                    .append(",,Phường Tân Ninh,").append(WARD_POLICE).append(',').append(tag).append("u").append(i).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void registerAndAccept(ConfigurableApplicationContext app, String tag) {
        IdentityService identity = app.getBean(IdentityService.class);
        RuntimeService runtime = app.getBean(RuntimeService.class);
        TaskService tasks = app.getBean(TaskService.class);
        long started = System.nanoTime();
        for (int i = 0; i < UNITS; i++) {
            identity.setAuthentication(tag + "u" + i, List.of("unit-" + tag + "-kp" + i));
            runtime.startProcessInstanceByKey(PROCESS_ID, Map.of(UNIT, tag + "-kp" + i,
                    COMMITMENT, "Đăng ký đạt chuẩn An toàn về an ninh, trật tự."));
        }
        System.out.printf("  %d registrations started in %.1f s%n", UNITS, (System.nanoTime() - started) / 1e9);
        identity.clearAuthentication();
        completeAll(identity, tasks, "Task_VerifyRegistration", Map.of(VERIFICATION_OUTCOME, OUTCOME_ACCEPT));
    }

    private static void doTheChecks(ConfigurableApplicationContext app, String tag) {
        IdentityService identity = app.getBean(IdentityService.class);
        TaskService tasks = app.getBean(TaskService.class);
        List<Task> checks = tasks.createTaskQuery().taskDefinitionKey("Task_PerformSelfCheck").list();
        for (Task check : checks) {
            identity.clearAuthentication();
            String unitGroup = tasks.getIdentityLinksForTask(check.getId()).stream().map(link -> link.getGroupId())
                    .filter(group -> group != null).findFirst().orElseThrow();
            identity.setAuthentication(tag + "u" + unitGroup.substring(("unit-" + tag + "-kp").length()), List.of(unitGroup));
            tasks.setVariablesLocal(check.getId(), Map.of(MET_CRITERIA, List.of("RA-C1"), SELF_CHECK_NOTE, "Ổn định"));
            tasks.complete(check.getId());
        }
        identity.clearAuthentication();
    }

    /** The ward police completes them one by one, as the portal would; the benchmark finds them without checks. */
    private static void completeAll(IdentityService identity, TaskService tasks, String key, Map<String, Object> values) {
        for (Task task : tasks.createTaskQuery().taskDefinitionKey(key).list()) {
            identity.setAuthentication("catanninh", List.of(WARD_POLICE));
            tasks.setVariablesLocal(task.getId(), values);
            tasks.complete(task.getId());
            identity.clearAuthentication();
        }
    }

    /** As many bare timers, due a day before the rounds, each before a user task. */
    private static void startBareTimers(ConfigurableApplicationContext app) {
        var model = Bpmn.createExecutableProcess("BareTimerBenchmark").camundaHistoryTimeToLive(1)
                .startEvent().intermediateCatchEvent("BareTimer").timerWithDate("2025-11-18T17:00:00Z")
                .userTask("BareTask").camundaFormRef("smoke-review").camundaFormRefBinding("latest").endEvent().done();
        app.getBean(RepositoryService.class).createDeployment().addModelInstance("BareTimerBenchmark.bpmn", model).deploy();
        RuntimeService runtime = app.getBean(RuntimeService.class);
        for (int i = 0; i < UNITS; i++) {
            runtime.startProcessInstanceByKey("BareTimerBenchmark");
        }
    }

    /**
     * Moves the engine's clock so that a batch of timers is due, and answers the job executor's
     * rate from the first job it ran until none is left due.
     */
    private static double drain(ManagementService management, Date now) throws InterruptedException {
        long due = management.createJobQuery().timers().duedateLowerThan(now).count();
        ClockUtil.setCurrentTime(now);
        long firstRun = 0;
        for (long left = due; left > 0; left = management.createJobQuery().timers().executable().count()) {
            if (firstRun == 0 && left < due) {
                firstRun = System.nanoTime();
            }
            Thread.sleep(20);
        }
        double seconds = (System.nanoTime() - firstRun) / 1e9;
        System.out.printf("  %d timers due at %s ran in %.1f s%n", due, now.toInstant(), seconds);
        return due / seconds;
    }

    private static void analyze(String db, ConfigurableApplicationContext app) {
        if ("postgres".equals(db)) {
            // a freshly filled database has no statistics; one in use has (autovacuum analyzes)
            app.getBean(JdbcTemplate.class).execute("analyze");
        }
    }

    private static Date at(int year, int month, int day, int hour, int minute) {
        return Date.from(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, ProvinceClock.ZONE).toInstant());
    }
}
