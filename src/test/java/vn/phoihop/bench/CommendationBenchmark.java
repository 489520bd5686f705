package vn.phoihop.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;
import vn.phoihop.attachments.TestFiles;
import vn.phoihop.processes.ProcessStarter;
import vn.phoihop.security.PortalUser;
import vn.phoihop.tasks.TaskCompletion;

/**
 * Commendations completed per second along the whole path — proposed, appraised, approved, the
 * decision numbered and its files written by the job executor — through the portal's own services
 * (the form bound and checked, files stored, the process's rules, the records), with 1 and 4
 * threads, beside the bare engine running a plain process with the same two user tasks and two
 * asynchronous steps in the same application. Run: {@code mvn -Pbenchmark-commendation test}.
 * Prints the rates and our overhead as the ratio of the bare rate to ours, and the SQL statements
 * of one instance of each ({@link SqlStatements}; {@code -Dbench.sql.top=25} lists ours' most
 * frequent); asserts nothing.
 */
public final class CommendationBenchmark {

    private static final int INSTANCES = Integer.getInteger("bench.instances", 200);
    private static final String BARE = "BenchBareProcess";
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final PortalUser PROPOSER = new PortalUser("ldld", "Liên đoàn Lao động", List.of("member-ldld"));
    private static final PortalUser APPRAISER = new PortalUser("px05", "PX05", List.of("px05"));
    private static final PortalUser LEADER = new PortalUser("bgdca", "Ban Giám đốc", List.of("police-leaders"));

    public static void main(String[] args) throws Exception {
        List<String> report = PortalBench.onEachDatabase(Map.of(), CommendationBenchmark::run);
        System.out.println();
        System.out.println("Commendation benchmark: " + INSTANCES + " instances per figure, whole path to the decision's files"
                + " (instances/s; ratio = bare ÷ ours, the target is ≤ 1.25)");
        report.forEach(System.out::println);
        System.exit(0);
    }

    private static String run(String db, ConfigurableApplicationContext app) throws Exception {
        deployBareProcess(app.getBean(RepositoryService.class));
        grantStart(app.getBean(AuthorizationService.class));
        List<String> lines = new ArrayList<>();
        for (int threads : List.of(1, 4)) {
            // a warm-up round of each, then the measured one
            rate(app, threads, INSTANCES / 10, i -> bareInstance(app));
            Rate bare = rate(app, threads, INSTANCES, i -> bareInstance(app));
            rate(app, threads, INSTANCES / 10, i -> commendation(app, i));
            SqlStatements.topSince(1);
            Rate ours = rate(app, threads, INSTANCES, i -> commendation(app, i));
            String oursTop = SqlStatements.topSince(INSTANCES);
            double ratio = bare.perSecond() / ours.perSecond();
            lines.add(String.format("%-9s %d thread%s: CommendationProcess %6.1f/s | bare engine %6.1f/s | ratio %.2f → %s"
                            + " | the users' steps per instance %.1f ms (bare %.1f ms), the rest is the job executor's"
                            + " | SQL statements per instance %.0f (bare %.0f)",
                    db, threads, threads == 1 ? " " : "s", ours.perSecond(), bare.perSecond(), ratio,
                    ratio <= 1.25 ? "within" : "OVER", ours.stepsMillis(), bare.stepsMillis(),
                    ours.statements(), bare.statements()) + oursTop);
        }
        return String.join(System.lineSeparator(), lines);
    }

    /**
     * Instances per second, the mean time of the users' steps of one instance (what a request
     * waits for) and the SQL statements of one instance, its jobs' included ({@link SqlStatements}).
     */
    private record Rate(double perSecond, double stepsMillis, double statements) {
    }

    /** Instances per second from the first start until the last one has finished (its jobs included). */
    private static Rate rate(ConfigurableApplicationContext app, int threads, int instances, IntFunction<String> path)
            throws Exception {
        HistoryService history = app.getBean(HistoryService.class);
        long started = System.nanoTime();
        long statementsBefore = SqlStatements.count();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<String>> runs = new ArrayList<>();
        java.util.concurrent.atomic.AtomicLong stepsNanos = new java.util.concurrent.atomic.AtomicLong();
        for (int i = 0; i < instances; i++) {
            int number = i;
            runs.add(pool.submit(() -> {
                long start = System.nanoTime();
                String id = path.apply(number);
                stepsNanos.addAndGet(System.nanoTime() - start);
                return id;
            }));
        }
        List<String> ids = new ArrayList<>();
        for (Future<String> run : runs) {
            ids.add(run.get());
        }
        pool.shutdown();
        for (String id : ids) {
            while (history.createHistoricProcessInstanceQuery().processInstanceId(id).finished().count() == 0) {
                Thread.sleep(5);
            }
        }
        return new Rate(instances / ((System.nanoTime() - started) / 1e9), stepsNanos.get() / 1e6 / instances,
                (SqlStatements.count() - statementsBefore) / (double) instances);
    }

    /** Start form, appraisal and approval as the portal posts them; the job executor does the rest. */
    private static String commendation(ConfigurableApplicationContext app, int number) {
        try {
            return commendationAsThePortalPostsIt(app, number);
        } finally {
            app.getBean(IdentityService.class).clearAuthentication();
        }
    }

    /**
     * Each step as its user, as the portal's request filter sets it for the engine: the forms'
     * choices (the user's organisations) and the engine's checks come from it.
     */
    private static void logIn(ConfigurableApplicationContext app, PortalUser user) {
        app.getBean(IdentityService.class).setAuthentication(user.id(), user.groupIds());
    }

    private static String commendationAsThePortalPostsIt(ConfigurableApplicationContext app, int number) {
        logIn(app, PROPOSER);
        ProcessStarter starter = app.getBean(ProcessStarter.class);
        TaskCompletion completion = app.getBean(TaskCompletion.class);
        TaskService tasks = app.getBean(TaskService.class);
        ProcessDefinition definition = starter.startableByKey(PROPOSER, "CommendationProcess");
        MultiValueMap<String, String> proposal = new LinkedMultiValueMap<>();
        proposal.add("recordTitle", "Đề nghị khen thưởng số " + number);
        proposal.add("proposingOrganization", "ldld");
        proposal.add("source", "liaison-meeting");
        proposal.add("awardForm", "giay-khen-giam-doc-cat");
        proposal.add("nominees[0].kind", "individual");
        proposal.add("nominees[0].name", "Nguyễn Văn A");
        proposal.add("nominees[0].jobTitle", "Tổ trưởng");
        proposal.add("nominees[0].organizationName", "Tổ dân cư số 3");
        proposal.add("nominees[0].achievement", "Tố giác tội phạm");
        MultiValueMap<String, MultipartFile> files = new LinkedMultiValueMap<>();
        files.add("proposalLetter", new MockMultipartFile("proposalLetter", "to-trinh.pdf", "application/pdf", TestFiles.pdf()));
        var outcome = starter.start(PROPOSER, definition, starter.bind(starter.startFormOf(definition).orElseThrow(),
                proposal, files, VI));
        if (!(outcome instanceof ProcessStarter.Started started)) {
            throw new IllegalStateException("proposal refused: " + outcome);
        }
        String instance = started.instance().getId();
        complete(app, completion, tasks, APPRAISER, instance, "Task_AppraiseProposal", Map.of(
                "appraisalOutcome", "pass", "appraisedNominees", "1", "appraisalComment", "Đúng đối tượng"));
        complete(app, completion, tasks, LEADER, instance, "Task_PoliceLeadersApprove", Map.of("approvedNominees", "1"));
        return instance;
    }

    private static void complete(ConfigurableApplicationContext app, TaskCompletion completion, TaskService tasks,
                                 PortalUser user, String instance, String step, Map<String, String> values) {
        logIn(app, user);
        String taskId = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(step).singleResult().getId();
        MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        values.forEach(parameters::add);
        var outcome = completion.complete(user, taskId, parameters, new LinkedMultiValueMap<>(), VI);
        if (!(outcome instanceof TaskCompletion.Completed)) {
            throw new IllegalStateException(step + " refused: " + outcome);
        }
    }

    /**
     * The same calls a client of Camunda's API makes, as an authenticated user: the engine's own
     * authorization checks are Camunda's cost on every door, not ours.
     */
    private static String bareInstance(ConfigurableApplicationContext app) {
        RuntimeService runtime = app.getBean(RuntimeService.class);
        TaskService tasks = app.getBean(TaskService.class);
        logIn(app, APPRAISER);
        try {
            String instance = runtime.startProcessInstanceByKey(BARE, Map.of("title", "Đề nghị")).getId();
            for (String step : List.of("Task_First", "Task_Second")) {
                String taskId = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(step).singleResult().getId();
                tasks.claim(taskId, APPRAISER.id());
                tasks.complete(taskId, Map.of("outcome", "pass"));
            }
            return instance;
        } finally {
            app.getBean(IdentityService.class).clearAuthentication();
        }
    }

    /** The bare process's asynchronous steps do nothing: what they cost is the engine's own work. */
    public static final class Nothing implements JavaDelegate {

        @Override
        public void execute(DelegateExecution execution) {
        }
    }

    /** Two user tasks and two asynchronous steps, as the commendation's path has; named as our models must be. */
    private static void deployBareProcess(RepositoryService repository) {
        BpmnModelInstance model = Bpmn.createExecutableProcess(BARE).name("Bare benchmark process")
                .camundaHistoryTimeToLive(30)
                .startEvent("StartEvent_Started")
                .userTask("Task_First").camundaCandidateGroups("px05").camundaFormRef("smoke-review").camundaFormRefBinding("latest")
                .userTask("Task_Second").camundaCandidateGroups("px05").camundaFormRef("smoke-review").camundaFormRefBinding("latest")
                .serviceTask("Task_FirstAsync").camundaAsyncBefore().camundaClass(Nothing.class.getName())
                .serviceTask("Task_SecondAsync").camundaAsyncBefore().camundaClass(Nothing.class.getName())
                .endEvent("EndEvent_Done")
                .done();
        repository.createDeployment().name("benchmark").addModelInstance(BARE + ".bpmn", model).deploy();
    }

    /** PX05 may start the bare process, as the starter grants give it the product's processes. */
    private static void grantStart(AuthorizationService authorizations) {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId("px05");
        grant.setResource(Resources.PROCESS_DEFINITION);
        grant.setResourceId(BARE);
        grant.addPermission(Permissions.CREATE_INSTANCE);
        grant.addPermission(Permissions.READ);
        authorizations.saveAuthorization(grant);
    }
}
