package vn.phoihop.startup;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.phoihop.testsupport.DemoAccountsFile;

/**
 * Looks at the database the moment the web server starts answering requests: whatever a first
 * request would find is recorded here, together with the answer of the readiness probe then.
 */
class FirstRequestProbe implements ApplicationListener<WebServerInitializedEvent> {

    record Seen(boolean demoLoginWorks, int organizations, int awardForms, int groups, int starterGrants,
                int readinessStatus) {
    }

    static volatile Seen seen;

    private final IdentityService identityService;
    private final JdbcTemplate jdbc;

    FirstRequestProbe(IdentityService identityService, JdbcTemplate jdbc) {
        this.identityService = identityService;
        this.jdbc = jdbc;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        seen = new Seen(
                identityService.checkPassword("px05", DemoAccountsFile.PASSWORD),
                count("select count(*) from organization"),
                count("select count(*) from award_form"),
                count("select count(*) from act_id_group"),
                count("select count(*) from act_ru_authorization where resource_type_ = 6 and resource_id_ = 'SmokeTestProcess'"),
                readinessStatus(event.getWebServer().getPort()));
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    private static int readinessStatus(int port) {
        try {
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness")).build();
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException("The readiness probe did not answer: " + e, e);
        }
    }
}
