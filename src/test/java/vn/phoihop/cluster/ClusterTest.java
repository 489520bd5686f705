package vn.phoihop.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import vn.phoihop.attachments.TestFiles;
import vn.phoihop.testsupport.ClusterNode;
import vn.phoihop.testsupport.DatabaseProxy;
import vn.phoihop.testsupport.DatabaseSettings;
import vn.phoihop.testsupport.EngineApiClient;
import vn.phoihop.testsupport.TestDatabase;

/**
 * Two nodes of the product, each in its own JVM, on one PostgreSQL database, as the README starts
 * them: a login on one is a login on the other (Spring Session JDBC), every asynchronous step of
 * a commendation runs once on whichever node's job executor took it, the decision numbers the
 * two nodes take stay unique and without gaps, a node killed with {@code kill -9} loses nothing
 * and does nothing twice, and a node whose database goes away says so and recovers by itself.
 * Camunda's cluster model needs a shared database, hence PostgreSQL only.
 */
@EnabledIfSystemProperty(named = TestDatabase.SYSTEM_PROPERTY, matches = "postgres")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterTest {

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * A job locked by a killed node is taken by the other once its lock expires: 15 s instead of
     * Camunda's 5 minutes keeps the test short; the README gives the production setting.
     */
    private static final Map<String, String> NODE = Map.of(
            "camunda.bpm.job-execution.lock-time-in-millis", "15000",
            "spring.datasource.hikari.connection-timeout", "2000");

    private DatabaseSettings database;
    private DatabaseProxy proxyOfA;
    private ClusterNode a;
    private ClusterNode b;
    private final List<String> decided = new ArrayList<>();

    @BeforeAll
    void startTwoNodes() {
        database = TestDatabase.newDatabase();
        proxyOfA = new DatabaseProxy(database);
        // the first node creates the schemas; the second finds them, as the README tells operators
        a = ClusterNode.start("node-a", proxyOfA.settings(), NODE);
        b = ClusterNode.start("node-b", database, NODE);
    }

    @AfterAll
    void stopNodes() throws InterruptedException {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
        if (proxyOfA != null) {
            proxyOfA.close();
        }
    }

    @Test
    @Order(1)
    void aUserLoggedInOnOneNodeIsLoggedInOnTheOtherAndLoggedOutOnBoth() throws Exception {
        Browser user = new Browser();
        user.logIn(a, "px05");

        HttpResponse<String> onB = user.get(b, "/tasks");
        assertThat(onB.statusCode()).as("the session made on node A, read on node B").isEqualTo(200);
        assertThat(onB.body()).doesNotContain("name=\"password\"");
        assertThat(new Browser().get(b, "/tasks").statusCode()).as("no session, no page").isEqualTo(302);

        HttpResponse<String> logout = user.post(b, "/logout", "_csrf=" + encode(csrf(onB.body())));
        assertThat(logout.statusCode()).isEqualTo(302);
        HttpResponse<String> afterLogout = user.get(a, "/tasks");
        assertThat(afterLogout.statusCode()).isEqualTo(302);
        assertThat(afterLogout.headers().firstValue("Location").orElse("")).contains("/login");
    }

    @Test
    @Order(2)
    void decisionsTakenOnBothNodesRunOnceWithNumbersWithoutGaps() throws Exception {
        List<String> proposals = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ClusterNode here = i % 2 == 0 ? a : b;
            ClusterNode there = i % 2 == 0 ? b : a;
            String proposal = propose(here, "Đề nghị số " + i);
            complete(there, "px05", proposal, "Task_AppraiseProposal", APPRAISE);
            // the approval on this node hints this node's job executor: decisions run on both
            complete(here, "bgdca", proposal, "Task_PoliceLeadersApprove", APPROVE);
            proposals.add(proposal);
        }
        awaitDecisionsFiled(proposals);
        decided.addAll(proposals);

        assertThat(successfulJobs("Task_IssueDecisionNumber", proposals)).containsOnlyKeys(proposals)
                .allSatisfy((proposal, runs) -> assertThat(runs).as(proposal).isOne());
        assertThat(completedActivities("Task_IssueDecisionNumber", proposals)).isEqualTo(proposals.size());
        assertThat(jobHosts(proposals)).as("the job executor of each node took decisions").contains("node-a", "node-b");
        assertThat(decisionNumbers(decided)).isEqualTo(IntStream.rangeClosed(1, decided.size()).boxed().toList());
    }

    @Test
    @Order(3)
    void aNodeKilledInTheMiddleOfWorkLosesNothingAndDoesNothingTwice() throws Exception {
        List<String> proposals = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String proposal = propose(b, "Đề nghị trước khi dừng " + i);
            complete(a, "px05", proposal, "Task_AppraiseProposal", APPRAISE);
            proposals.add(proposal);
        }
        // four approvals at once on node B, then kill -9 as soon as they are committed: node B's job
        // executor has just taken their decisions and the filing of the decision's documents
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Future<Integer>> approvals = new ArrayList<>();
        for (String proposal : proposals) {
            String task = taskId(b, "bgdca", proposal, "Task_PoliceLeadersApprove");
            approvals.add(threads.submit(() -> EngineApiClient.rest(b.port(), "bgdca")
                    .post("/engine-rest/task/" + task + "/complete", APPROVE).statusCode()));
        }
        for (Future<Integer> approval : approvals) {
            assertThat(approval.get()).as("the approval was committed before the kill").isEqualTo(204);
        }
        threads.shutdown();
        b.kill();

        awaitDecisionsFiled(proposals);
        b.restart();
        decided.addAll(proposals);

        assertThat(successfulJobs("Task_IssueDecisionNumber", proposals))
                .allSatisfy((proposal, runs) -> assertThat(runs).as(proposal).isOne());
        assertThat(successfulJobs("Task_KeepDecisionFiles", proposals))
                .allSatisfy((proposal, runs) -> assertThat(runs).as(proposal).isOne());
        assertThat(completedActivities("Task_IssueDecisionNumber", proposals)).isEqualTo(proposals.size());
        assertThat(decisionNumbers(decided)).isEqualTo(IntStream.rangeClosed(1, decided.size()).boxed().toList());
        Browser user = new Browser();
        user.logIn(b, "px05");
        assertThat(user.get(b, "/tasks").statusCode()).as("the restarted node serves again").isEqualTo(200);
    }

    @Test
    @Order(4)
    void aNodeWhoseDatabaseGoesAwaySaysSoAndRecoversByItself() throws Exception {
        Browser user = new Browser();
        user.logIn(a, "px05");
        assertThat(user.get(a, "/tasks").statusCode()).isEqualTo(200);

        proxyOfA.cut();
        try {
            HttpResponse<String> health = new Browser().get(a, "/actuator/health");
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("\"DOWN\"");
            HttpResponse<String> page = user.get(a, "/tasks");
            assertThat(page.statusCode()).as(page.body()).isEqualTo(503);
            assertThat(page.headers().firstValue("Retry-After")).isPresent();
            assertThat(page.body()).contains("id=\"database-unavailable\"").doesNotContain("Exception", "at org.");
            assertThat(new Browser().get(b, "/actuator/health").statusCode()).as("the other node has its database").isEqualTo(200);
        } finally {
            proxyOfA.restore();
        }
        await(() -> get(new Browser(), a, "/actuator/health") == 200, "node A healthy again");
        Browser again = new Browser();
        again.logIn(a, "px05");
        assertThat(again.get(a, "/tasks").statusCode()).isEqualTo(200);
    }

    @Test
    @Order(5)
    void aProcessDeployedOnOneNodeIsStartableAndListedOnTheOtherAtOnce() throws Exception {
        Browser user = new Browser();
        user.logIn(b, "ldld");
        assertThat(user.get(b, "/tasks").body()).doesNotContain("value=\"ClusterFollowProcess\"");
        // a new process that member organisations may start, deployed as the desktop Modeler does, on node A
        String model = new String(getClass().getResourceAsStream("/processes/SmokeTestProcess.bpmn").readAllBytes(),
                StandardCharsets.UTF_8)
                .replace("id=\"SmokeTestProcess\"", "id=\"ClusterFollowProcess\"")
                .replace("bpmnElement=\"SmokeTestProcess\"", "bpmnElement=\"ClusterFollowProcess\"")
                .replace("name=\"Quy trình kiểm thử\"", "name=\"Quy trình theo dõi cụm\"")
                .replace("camunda:candidateStarterGroups=\"px05\"", "camunda:candidateStarterGroups=\"member-ldld\"");
        HttpResponse<String> deployed = EngineApiClient.rest(a.port(), "admin").deploy("cluster", "ClusterFollowProcess.bpmn", model);
        assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);

        // node B, without a restart: the task list's filter names it, and its starters may start it
        assertThat(user.get(b, "/tasks").body()).contains("value=\"ClusterFollowProcess\"");
        assertThat(user.get(b, "/processes").body()).contains("ClusterFollowProcess");
        HttpResponse<String> started = EngineApiClient.rest(b.port(), "ldld").post(
                "/engine-rest/process-definition/key/ClusterFollowProcess/start",
                "{\"variables\": {\"recordTitle\": {\"value\": \"Yêu cầu từ nút B\"}}}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    }

    private static final String APPRAISE = """
            {"variables": {"appraisalOutcome": {"value": "pass"}, "appraisedNominees": {"value": "1"},
             "appraisalComment": {"value": "Đúng đối tượng"}}}""";
    private static final String APPROVE = """
            {"variables": {"approvedNominees": {"value": "1"}}}""";

    /**
     * The trust boundary holds on every node, not only where a record was made: identity and ownership come
     * from the caller and our tables, whichever node's caches answer.
     */
    @Test
    @Order(6)
    void theTrustBoundaryHoldsOnTheNodeThatDidNotMakeTheRecord() throws Exception {
        String proposal = propose(a, "Đề nghị kiểm tra ranh giới tin cậy");
        String appraisal = taskId(a, "px05", proposal, "Task_AppraiseProposal");

        // someone else's task, on node B: not completed, not even seen
        HttpResponse<String> notTheirs = EngineApiClient.rest(b.port(), "ldld").post("/engine-rest/task/" + appraisal + "/complete", APPRAISE);
        assertThat(notTheirs.statusCode()).as(notTheirs.body()).isIn(403, 404);
        // a variable naming who acts is refused there as on node A
        HttpResponse<String> proposer = EngineApiClient.rest(b.port(), "px05").put("/engine-rest/task/" + appraisal + "/variables/proposer",
                "{\"value\": \"lhpn\", \"type\": \"String\"}");
        assertThat(proposer.statusCode()).as(proposer.body()).isEqualTo(400);
        HttpResponse<String> startAsAnother = EngineApiClient.rest(b.port(), "ldld").post(
                "/engine-rest/process-definition/key/CommendationProcess/start", """
                {"variables": {"proposer": {"value": "lhpn"}, "recordTitle": {"value": "Đề nghị"},
                 "proposingOrganization": {"value": "ldld"}}}""");
        assertThat(startAsAnother.statusCode()).as(startAsAnother.body()).isEqualTo(400);

        // the task is still open, and its own group completes it on node B
        complete(b, "px05", proposal, "Task_AppraiseProposal", APPRAISE);
        assertThat(taskId(a, "bgdca", proposal, "Task_PoliceLeadersApprove")).isNotBlank();
    }

    private String propose(ClusterNode node, String title) throws Exception {
        String letter = "{\"type\": \"File\", \"value\": \"" + Base64.getEncoder().encodeToString(TestFiles.pdf())
                + "\", \"valueInfo\": {\"filename\": \"to-trinh.pdf\", \"mimetype\": \"application/pdf\"}}";
        String body = """
                {"variables": {"recordTitle": {"value": "%s"}, "proposingOrganization": {"value": "ldld"},
                 "source": {"value": "liaison-meeting"}, "awardForm": {"value": "giay-khen-giam-doc-cat"},
                 "nominees": {"value": [{"kind": "individual", "name": "Nguyễn Văn A", "jobTitle": "Tổ trưởng",
                   "organizationName": "Tổ dân cư số 3", "achievement": "Tố giác tội phạm"}]},
                 "proposalLetter": %s}}""".formatted(title, letter);
        HttpResponse<String> started = EngineApiClient.rest(node.port(), "ldld")
                .post("/engine-rest/process-definition/key/CommendationProcess/start", body);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        return JSON.readTree(started.body()).get("id").asText();
    }

    private void complete(ClusterNode node, String user, String proposal, String step, String body) throws Exception {
        String task = taskId(node, user, proposal, step);
        HttpResponse<String> done = EngineApiClient.rest(node.port(), user).post("/engine-rest/task/" + task + "/complete", body);
        assertThat(done.statusCode()).as(step + " on " + node.name() + ": " + done.body()).isEqualTo(204);
    }

    private String taskId(ClusterNode node, String user, String proposal, String step) throws Exception {
        HttpResponse<String> tasks = EngineApiClient.rest(node.port(), user)
                .get("/engine-rest/task?processInstanceId=" + proposal + "&taskDefinitionKey=" + step);
        JsonNode list = JSON.readTree(tasks.body());
        assertThat(list.size()).as(step + " of " + proposal + " for " + user + ": " + tasks.body()).isOne();
        return list.get(0).get("id").asText();
    }

    /** Both asynchronous steps of each decision done: the number taken, the documents filed. */
    private void awaitDecisionsFiled(List<String> proposals) {
        await(() -> completedActivities("Task_KeepDecisionFiles", proposals) == proposals.size(), "decisions filed");
    }

    private Map<String, Integer> successfulJobs(String activity, List<String> proposals) {
        Map<String, Integer> runs = new HashMap<>();
        query("select process_instance_id_ from act_hi_job_log where act_id_ = ? and job_state_ = 2",
                rows -> {
                    String instance = rows.getString(1);
                    if (proposals.contains(instance)) {
                        runs.merge(instance, 1, Integer::sum);
                    }
                }, activity);
        return runs;
    }

    private Set<String> jobHosts(List<String> proposals) {
        Set<String> hosts = new HashSet<>();
        query("select process_instance_id_, hostname_ from act_hi_job_log where job_state_ = 2", rows -> {
            if (proposals.contains(rows.getString(1))) {
                hosts.add(rows.getString(2));
            }
        });
        return hosts;
    }

    private int completedActivities(String activity, List<String> proposals) {
        int[] count = {0};
        query("select proc_inst_id_ from act_hi_actinst where act_id_ = ? and end_time_ is not null", rows -> {
            if (proposals.contains(rows.getString(1))) {
                count[0]++;
            }
        }, activity);
        return count[0];
    }

    /** The running numbers of the decisions ("03/QĐ-CAT" is 3), in order. */
    private List<Integer> decisionNumbers(List<String> proposals) {
        List<Integer> numbers = new ArrayList<>();
        query("select proc_inst_id_, text_ from act_hi_varinst where name_ = 'decisionNumber'", rows -> {
            if (proposals.contains(rows.getString(1))) {
                Matcher number = Pattern.compile("^(\\d+)").matcher(rows.getString(2));
                assertThat(number.find()).as(rows.getString(2)).isTrue();
                numbers.add(Integer.parseInt(number.group(1)));
            }
        });
        numbers.sort(null);
        return numbers;
    }

    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private void query(String sql, RowReader reader, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(database.url(), database.username(), database.password());
             var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited " + PATIENCE + " for: " + what);
            }
            ClusterNode.sleep(Duration.ofMillis(500));
        }
    }

    private static int get(Browser browser, ClusterNode node, String path) {
        try {
            return browser.get(node, path).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String csrf(String page) {
        Matcher field = CSRF.matcher(page);
        if (!field.find()) {
            throw new AssertionError("No CSRF field on the page");
        }
        return field.group(1) != null ? field.group(1) : field.group(2);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A browser's cookie jar, shared across both nodes as a load balancer in front of them would make it. */
    private static final class Browser {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5)).build();

        void logIn(ClusterNode node, String user) throws IOException, InterruptedException {
            String token = csrf(get(node, "/login").body());
            HttpResponse<String> login = post(node, "/login", "username=" + encode(user) + "&password="
                    + encode(vn.phoihop.testsupport.DemoAccountsFile.PASSWORD) + "&_csrf=" + encode(token));
            assertThat(login.statusCode()).isEqualTo(302);
            assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        }

        HttpResponse<String> get(ClusterNode node, String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(node.url(path))).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(ClusterNode node, String path, String form) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(node.url(path))).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
