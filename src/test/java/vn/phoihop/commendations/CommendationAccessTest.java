package vn.phoihop.commendations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.phoihop.testsupport.DemoAccountsFile;
import vn.phoihop.testsupport.IntegrationTest;

/**
 * Who sees and does what in a commendation, through Camunda's REST API on a real port (issue #4
 * §7): a member organisation reads its own proposals only, only PX05 appraises, and only the
 * leaders the decision table chose approve.
 */
@IntegrationTest
class CommendationAccessTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    TaskService taskService;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aMemberOrganisationReadsItsOwnProposalsOnly() throws Exception {
        String ldlds = propose("ldld", "member-ldld", "ldld");
        String lhpns = propose("lhpn", "member-lhpn", "lhpn");
        String query = "/engine-rest/process-instance?processDefinitionKey=CommendationProcess";

        assertThat(get(query, "ldld").body()).contains(ldlds).doesNotContain(lhpns);
        assertThat(get(query, "lhpn").body()).contains(lhpns).doesNotContain(ldlds);
        assertThat(get(query, "px05").body()).contains(ldlds, lhpns);
        assertThat(get("/engine-rest/process-instance/" + lhpns, "ldld").statusCode()).isEqualTo(404);
        assertThat(get("/engine-rest/process-instance/" + ldlds, "ldld").statusCode()).isEqualTo(200);
        assertThat(get("/engine-rest/process-instance/" + ldlds + "/variables", "lhpn").statusCode()).isIn(403, 404);
    }

    @Test
    void onlyPx05AppraisesAndOnlyTheChosenLeadersApprove() throws Exception {
        String instance = propose("ldld", "member-ldld", "ldld");
        Task appraisal = task(instance, "Task_AppraiseProposal");
        String pass = """
                {"variables": {"appraisalOutcome": {"value": "pass"}, "appraisedNominees": {"value": "1"},
                 "appraisalComment": {"value": "Đúng đối tượng"}}}""";

        assertThat(get("/engine-rest/task?processInstanceId=" + instance, "ldld").body()).doesNotContain(appraisal.getId());
        assertThat(post("/engine-rest/task/" + appraisal.getId() + "/complete", pass, "ldld").statusCode()).isIn(403, 404);
        assertThat(post("/engine-rest/task/" + appraisal.getId() + "/complete", pass, "bgdca").statusCode()).isIn(403, 404);
        assertThat(task(instance, "Task_AppraiseProposal")).isNotNull();
        // the process's own rule holds through the REST API too: a pass names a nominee
        HttpResponse<String> nobodyTicked = post("/engine-rest/task/" + appraisal.getId() + "/complete", """
                {"variables": {"appraisalOutcome": {"value": "pass"}, "appraisalComment": {"value": "Đạt"}}}""", "px05");
        assertThat(nobodyTicked.statusCode()).isEqualTo(400);
        assertThat(nobodyTicked.body()).contains("commendation.error.noneAppraised");
        assertThat(task(instance, "Task_AppraiseProposal")).isNotNull();
        assertThat(post("/engine-rest/task/" + appraisal.getId() + "/complete", pass, "px05").statusCode()).isEqualTo(204);

        // giay-khen-giam-doc-cat: the decision table chose the police leaders alone
        Task approval = task(instance, "Task_PoliceLeadersApprove");
        assertThat(task(instance, "Task_FrontLeadersApprove")).isNull();
        String approve = """
                {"variables": {"approvedNominees": {"value": "1"}}}""";
        assertThat(post("/engine-rest/task/" + approval.getId() + "/complete", approve, "bttmttq").statusCode()).isIn(403, 404);
        assertThat(post("/engine-rest/task/" + approval.getId() + "/complete", approve, "px05").statusCode()).isIn(403, 404);
        assertThat(post("/engine-rest/task/" + approval.getId() + "/complete", approve, "ldld").statusCode()).isIn(403, 404);
        assertThat(task(instance, "Task_PoliceLeadersApprove")).isNotNull();
        assertThat(post("/engine-rest/task/" + approval.getId() + "/complete", approve, "bgdca").statusCode()).isEqualTo(204);
        assertThat(task(instance, "Task_PoliceLeadersApprove")).isNull();
    }

    @Test
    void aProposalForAnotherOrganisationIsABadRequestThroughRest() throws Exception {
        String body = """
                {"variables": {"recordTitle": {"value": "Đề nghị"}, "proposingOrganization": {"value": "lhpn"},
                 "source": {"value": "direct"}, "awardForm": {"value": "giay-khen-giam-doc-cat"}}}""";
        HttpResponse<String> response = post("/engine-rest/process-definition/key/CommendationProcess/start", body, "ldld");
        // refused by the start form itself: lhpn is not among ldld's organisations, which the select offers
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"fieldErrors\"", "\"proposingOrganization\"");
    }

    private String propose(String user, String group, String organization) {
        Proposals proposals = new Proposals(processEngine);
        return proposals.instanceOf(proposals.propose(user, group, organization, "Đề nghị khen thưởng của " + organization,
                "giay-khen-giam-doc-cat", Proposals.individual("Nguyễn Văn A", null, "Ấp 3, xã Tân Bình", "Tố giác 2 vụ trộm cắp")));
    }

    private Task task(String instance, String key) {
        return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).singleResult();
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return http.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String json, String user) throws Exception {
        return http.send(request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String user) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + DemoAccountsFile.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", "Basic " + credentials);
    }
}
