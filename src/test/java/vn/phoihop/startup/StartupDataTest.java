package vn.phoihop.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.phoihop.testsupport.TestApplications;
import vn.phoihop.testsupport.TestDatabase;

/** Start-up data is in the database before the port opens, on every node. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StartupDataTest {

    private ConfigurableApplicationContext app;

    @BeforeAll
    void start() {
        app = TestApplications.start(Map.of(), new Class<?>[] {FirstRequestProbe.class}, "demo");
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void theFirstRequestFindsAccountsAndReferenceDataAndReadinessIsNotYetUp() throws Exception {
        FirstRequestProbe.Seen seen = FirstRequestProbe.seen;
        assertThat(seen).as("the web server started").isNotNull();
        assertThat(seen.demoLoginWorks()).as("a first login succeeds").isTrue();
        assertThat(seen.organizations()).isPositive();
        assertThat(seen.awardForms()).isPositive();
        assertThat(seen.groups()).isPositive();
        assertThat(seen.starterGrants()).isPositive();
        assertThat(seen.readinessStatus()).as("readiness while the application is still starting").isEqualTo(503);

        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        var readiness = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"UP\"");
    }

    /** Two nodes on one PostgreSQL that start together, as after a release that adds a group and an award form. */
    @Test
    void nodesLoadingAtOnceDoNotInsertTheSameRowsTwice() throws Exception {
        assumeTrue(TestDatabase.isPostgres(), "an H2 database belongs to one node");
        IdentityService identity = app.getBean(IdentityService.class);
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        identity.deleteGroup("pttg");
        String awardForm = jdbc.queryForObject("select code from award_form order by code limit 1", String.class);
        jdbc.update("delete from award_form where code = ?", awardForm);

        StartupData startupData = app.getBean(StartupData.class);
        var together = new CyclicBarrier(2);
        Runnable node = () -> {
            await(together);
            startupData.loadAll();
        };
        CompletableFuture.allOf(CompletableFuture.runAsync(node), CompletableFuture.runAsync(node)).get();

        assertThat(identity.createGroupQuery().groupId("pttg").count()).isEqualTo(1);
        assertThat(identity.createUserQuery().userId("pttg").memberOfGroup("pttg").count()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from award_form where code = ?", Integer.class, awardForm)).isEqualTo(1);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
