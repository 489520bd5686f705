package vn.phoihop.commendations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.assertj.core.groups.Tuple;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.phoihop.testsupport.DemoAccountsFile;
import vn.phoihop.testsupport.EngineApiClient;
import vn.phoihop.testsupport.IntegrationTest;
import vn.phoihop.testsupport.TestUsers;

/**
 * The attacks of issue #8's probe, replayed as named regression tests: each one handed a
 * proposal to another organisation or overwrote another's record, and each must now be refused
 * with the record unchanged. Plus the smaller findings of the same probe on the REST door.
 */
@IntegrationTest
class TrustBoundaryTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ProposalRepository repository;
    @Autowired
    IdentityService identityService;

    @Test
    void aRevisionCompletedOverRestCannotHandTheProposalToAnotherOrganisation() throws Exception {
        String proposal = returnedProposalOfLdld();
        Task revision = revisionTask(proposal);
        HttpResponse<String> refused = EngineApiClient.rest(port, "ldld").post("/engine-rest/task/" + revision.getId() + "/complete", """
                {"variables": {"revisionDecision": {"value": "resubmit"}, "proposer": {"value": "lhpn"},
                 "proposingOrganization": {"value": "lhpn"}}}""");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("proposer");
        assertThat(repository.findById(proposal).orElseThrow().proposerId()).isEqualTo("ldld");
        assertThat(repository.findById(proposal).orElseThrow().proposingOrg()).isEqualTo("ldld");
        // the organisation alone is a field of the form, and lhpn is not among ldld's organisations
        HttpResponse<String> otherOrganisation = EngineApiClient.rest(port, "ldld").post("/engine-rest/task/" + revision.getId()
                + "/complete", revisionBody("lhpn"));
        assertThat(otherOrganisation.statusCode()).isEqualTo(400);
        assertThat(otherOrganisation.body()).contains("proposingOrganization");
        assertThat(repository.findById(proposal).orElseThrow().proposingOrg()).isEqualTo("ldld");
        assertThat(EngineApiClient.rest(port, "lhpn").get("/engine-rest/process-instance/"
                + proposals().instanceOf(proposal)).statusCode()).isEqualTo(404);
    }

    @Test
    void aRevisionNamingAnotherProposalIsRefusedOnBothDoorsAndThatProposalIsUntouched() throws Exception {
        String others = proposals().propose("lhpn", "member-lhpn", "lhpn", "Đề nghị của Hội Phụ nữ", "giay-khen-giam-doc-cat",
                Proposals.individual("Trần Thị B", null, "Ấp 1", "Vận động hội viên"));
        String ldlds = returnedProposalOfLdld();
        Task revision = revisionTask(ldlds);
        String forged = revisionBody("ldld").replace("\"variables\": {", "\"variables\": {\"proposalId\": {\"value\": \"" + others + "\"}, ");

        HttpResponse<String> rest = EngineApiClient.rest(port, "ldld").post("/engine-rest/task/" + revision.getId() + "/complete", forged);
        HttpResponse<String> tasklist = EngineApiClient.webapp(port, "ldld").post(EngineApiClient.WEBAPP_API + "/task/"
                + revision.getId() + "/submit-form", forged);

        assertThat(rest.statusCode()).isEqualTo(400);
        assertThat(tasklist.statusCode()).isEqualTo(400);
        assertThat(rest.body()).contains("proposalId");
        assertThat(tasklist.body()).contains("proposalId");
        assertThat(repository.findById(others).orElseThrow().title()).isEqualTo("Đề nghị của Hội Phụ nữ");
        assertThat(repository.findById(others).orElseThrow().nominees()).extracting(Nominee::name).containsExactly("Trần Thị B");
        assertThat(revisionTask(ldlds)).isNotNull();
    }

    @Test
    void theProposerComesFromTheRecordEvenWhenAVariableSaysOtherwise() throws Exception {
        String proposal = returnedProposalOfLdld();
        Task revision = revisionTask(proposal);
        HttpResponse<String> setVariable = EngineApiClient.rest(port, "ldld").put("/engine-rest/task/" + revision.getId()
                + "/variables/proposer", "{\"value\": \"lhpn\", \"type\": \"String\"}");
        assertThat(setVariable.statusCode()).isEqualTo(400);
        // Even if such a variable were set (here by an administrator's script), the record decides.
        runtimeService.setVariable(revision.getProcessInstanceId(), "proposer", "lhpn");

        HttpResponse<String> resubmitted = EngineApiClient.rest(port, "ldld").post("/engine-rest/task/" + revision.getId()
                + "/complete", revisionBody("ldld"));

        assertThat(resubmitted.statusCode()).as(resubmitted.body()).isEqualTo(204);
        assertThat(repository.findById(proposal).orElseThrow().proposerId()).isEqualTo("ldld");
        proposals().returnForRevision(proposal);
        assertThat(revisionTask(proposal).getAssignee()).isEqualTo("ldld");
    }

    @Test
    void aStartOverRestNamingAnotherProposerIsRefused() throws Exception {
        HttpResponse<String> refused = EngineApiClient.rest(port, "ldld").post(
                "/engine-rest/process-definition/key/CommendationProcess/start", """
                {"variables": {"proposer": {"value": "lhpn"}, "recordTitle": {"value": "Đề nghị"},
                 "proposingOrganization": {"value": "ldld"}}}""");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("proposer");
    }

    @Test
    void refusingANomineeOverRestTakesAReasonAndAConfirmationToo() throws Exception {
        Proposals proposals = proposals();
        String proposal = proposals.propose("ldld", "member-ldld", "ldld", "Đề nghị hai đối tượng", "giay-khen-giam-doc-cat",
                Proposals.individual("Nguyễn Văn A", "Tổ trưởng", "Tổ dân cư số 3", "Tố giác tội phạm"),
                Proposals.collective("Tổ dân cư số 5", "Phường 1", "Không có tội phạm"));
        proposals.appraise(proposal, "Đạt", 1, 2);
        Task approval = proposals.openTask(proposal, "Task_PoliceLeadersApprove");
        String path = "/engine-rest/task/" + approval.getId() + "/complete";

        HttpResponse<String> unexplained = EngineApiClient.rest(port, "bgdca").post(path,
                "{\"variables\": {\"approvedNominees\": {\"value\": \"1\"}}}");
        assertThat(unexplained.statusCode()).as(unexplained.body()).isEqualTo(400);
        assertThat(proposals.openTask(proposal, "Task_PoliceLeadersApprove")).isNotNull();
        assertThat(repository.findById(proposal).orElseThrow().nominees()).extracting(Nominee::policeApproved).containsOnlyNulls();

        HttpResponse<String> explained = EngineApiClient.rest(port, "bgdca").post(path,
                "{\"variables\": {\"approvedNominees\": {\"value\": \"1\"}, \"refusalReason\": {\"value\": \"Chưa đủ tiêu chuẩn\"},"
                        + " \"confirmRefusal\": {\"value\": true}}}");
        assertThat(explained.statusCode()).as(explained.body()).isEqualTo(204);
        assertThat(repository.findById(proposal).orElseThrow().nominees())
                .extracting(Nominee::policeApproved, Nominee::policeRefusalReason)
                .containsExactly(Tuple.tuple(true, null), Tuple.tuple(false, "Chưa đủ tiêu chuẩn"));
    }

    @Test
    void fiveParallelCompletionsByTheAssigneeCompleteOnceAndTellTheOthersItIsDone() throws Exception {
        // Several rounds: the race has more than one losing moment (task gone, instance gone, grants gone).
        for (int round = 0; round < 5; round++) {
            String proposal = returnedProposalOfLdld();
            Task revision = revisionTask(proposal);
            EngineApiClient ldld = EngineApiClient.rest(port, "ldld");
            String body = revisionBody("ldld").replace("resubmit", "withdraw");
            ExecutorService threads = Executors.newFixedThreadPool(5);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                Callable<HttpResponse<String>> complete = () -> ldld.post("/engine-rest/task/" + revision.getId() + "/complete", body);
                answers.add(threads.submit(complete));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                statuses.add(response.statusCode());
                if (response.statusCode() != 204) {
                    assertThat(response.body()).contains("TaskAlreadyCompleted");
                }
            }
            threads.shutdown();
            assertThat(statuses).containsOnly(204, 409);
            assertThat(statuses.stream().filter(status -> status == 204)).hasSize(1);
            assertThat(repository.findById(proposal).orElseThrow().status()).isEqualTo(ProposalStatus.WITHDRAWN);
        }
    }

    @Test
    void statisticsSignalsAndMissingInstancesAnswerAsTheyShould() throws Exception {
        EngineApiClient ldld = EngineApiClient.rest(port, "ldld");
        assertThat(ldld.get("/engine-rest/process-definition/statistics").statusCode()).isEqualTo(403);
        assertThat(ldld.get("/engine-rest/process-definition/key/CommendationProcess/statistics").statusCode()).isEqualTo(403);
        assertThat(ldld.post("/engine-rest/signal", "{\"name\": \"anything\"}").statusCode()).isEqualTo(403);
        assertThat(ldld.get("/engine-rest/process-instance/nope/variables").statusCode()).isEqualTo(404);
        assertThat(EngineApiClient.rest(port, "admin").get("/engine-rest/process-definition/statistics").statusCode())
                .isEqualTo(200);
    }

    @Test
    void theUserDirectoryShowsColleaguesByNameAndOnlyOnesOwnEmail() throws Exception {
        TestUsers users = new TestUsers(identityService);
        String group = users.newGroup("dir");
        // pttg's group may read the whole directory (reference/authorizations.yaml): the trimming is ours
        String me = withDemoPassword(users.newUser("dira", group, "pttg"));
        String colleague = users.newUser("dirb", group);

        HttpResponse<String> directory = EngineApiClient.rest(port, me).get("/engine-rest/user");
        assertThat(directory.statusCode()).isEqualTo(200);
        assertThat(directory.body()).contains("\"" + me + "\"", me + "@test.phoihop.local", "\"" + colleague + "\"", "\"pttg\"")
                .doesNotContain(colleague + "@test.phoihop.local", "pttg@demo.phoihop.local", "\"ldld\"");
        HttpResponse<String> profile = EngineApiClient.rest(port, me).get("/engine-rest/user/" + colleague + "/profile");
        assertThat(profile.body()).contains("\"" + colleague + "\"").doesNotContain("@test.phoihop.local");
        assertThat(EngineApiClient.rest(port, me).get("/engine-rest/user/ldld/profile").statusCode()).isEqualTo(404);
        assertThat(EngineApiClient.rest(port, "admin").get("/engine-rest/user").body()).contains("ldld@demo.phoihop.local");
    }

    private String withDemoPassword(String userId) {
        var user = identityService.createUserQuery().userId(userId).singleResult();
        user.setPassword(DemoAccountsFile.PASSWORD);
        identityService.saveUser(user);
        return userId;
    }

    private String returnedProposalOfLdld() {
        Proposals proposals = proposals();
        String proposal = proposals.propose("ldld", "member-ldld", "ldld", "Đề nghị của Liên đoàn Lao động",
                "giay-khen-giam-doc-cat", Proposals.individual("Nguyễn Văn A", "Tổ trưởng", "Tổ dân cư số 3", "Tố giác tội phạm"));
        proposals.returnForRevision(proposal);
        return proposal;
    }

    private Task revisionTask(String proposal) {
        return proposals().openTask(proposal, "Task_ReviseProposal");
    }

    private Proposals proposals() {
        return new Proposals(processEngine);
    }

    /** The revision form's own fields, for organisation {@code organization}. */
    private static String revisionBody(String organization) {
        return """
                {"variables": {"revisionDecision": {"value": "resubmit"}, "recordTitle": {"value": "Đề nghị đã bổ sung"},
                 "proposingOrganization": {"value": "%s"}, "source": {"value": "direct"},
                 "awardForm": {"value": "giay-khen-giam-doc-cat"},
                 "nominees": {"type": "Json", "value": "[{\\"kind\\": \\"individual\\", \\"name\\": \\"Nguyễn Văn A\\", \\"organizationName\\": \\"Tổ dân cư số 3\\", \\"achievement\\": \\"Tố giác tội phạm\\"}]"}}}"""
                .formatted(organization);
    }
}
