package vn.phoihop.models.inspections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.phoihop.models.inspections.ModelInspectionProcessVariables.*;
import static vn.phoihop.testsupport.PortalUsers.as;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.phoihop.models.ModelDetails;
import vn.phoihop.models.MovementModel;
import vn.phoihop.models.MovementModelRepository;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.testsupport.EngineApiClient;
import vn.phoihop.testsupport.IntegrationTest;
import vn.phoihop.testsupport.PortalPages;

/**
 * The model inspection as its people use it, through the portal: PX05 opens it, each member
 * organisation selects one of its own models, PX05 proposes the team beside the selections, a leader
 * approves it, the team records its findings, PTTG announces the result, which every member
 * organisation then reads; a member organisation remedies its own weakness. A member organisation
 * reaches its own steps only, in the portal and the REST API.
 */
@IntegrationTest
class ModelInspectionPortalTest {

    private static final String START = "/processes/" + PROCESS_ID + "/start";
    private static final RequestPostProcessor PX05 = as("px05", "px05");
    private static final RequestPostProcessor PTTG = as("pttg", "pttg");
    private static final RequestPostProcessor BGDCA = as("bgdca", "police-leaders");
    private static final RequestPostProcessor LDLD = as("ldld", "member-ldld");
    private static final RequestPostProcessor LHPN = as("lhpn", "member-lhpn");
    private static final List<String> MEMBERS = List.of("ldld", "lhpn", "doan", "ccb", "nd", "nct");
    private static final AtomicInteger MODEL_IDS = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    InspectionService inspections;
    @Autowired
    MovementModelRepository models;

    private final Map<String, String> modelOf = new HashMap<>();

    @BeforeEach
    void setUp() {
        for (String organization : MEMBERS) {
            String id = "MH-PORTAL-" + MODEL_IDS.incrementAndGet();
            models.save(MovementModel.register(id, new ModelDetails("to-dan-cu-tu-quan", "Mô hình của " + organization + " " + id,
                    organization, null, "Phường Tân Ninh", LocalDate.of(2021, 5, 1), null), "test", Instant.now()));
            modelOf.put(organization, id);
        }
    }

    @Test
    void anInspectionRunsThroughItsPagesFromTheOpeningToARemedy() throws Exception {
        mvc.perform(get(START).with(LDLD)).andExpect(status().is4xxClientError());
        ModelInspection inspection = open();
        String instance = inspection.processInstanceId();

        // each organisation selects among its own models only; another's is refused with the note kept
        Task ldldSelection = branch(instance, "Task_SelectModel", "member-ldld");
        mvc.perform(get("/tasks/{id}", ldldSelection.getId()).with(LHPN)).andExpect(status().isNotFound());
        Document selectionPage = page("/tasks/" + ldldSelection.getId(), LDLD);
        List<String> offered = selectionPage.select("select[name=" + MODEL_ID + "] option").eachAttr("value");
        assertThat(offered).contains(modelOf.get("ldld")).doesNotContain(modelOf.get("lhpn"));
        Document refused = Jsoup.parse(mvc.perform(complete(ldldSelection).param(MODEL_ID, modelOf.get("lhpn"))
                        .param(SELECTION_NOTE, "Mô hình tiêu biểu").with(LDLD))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select("textarea[name=" + SELECTION_NOTE + "]").text()).isEqualTo("Mô hình tiêu biểu");
        assertThat(inspections.of(instance).selection("ldld").status()).isEqualTo(SelectionStatus.PENDING);
        for (String organization : MEMBERS) {
            mvc.perform(complete(branch(instance, "Task_SelectModel", "member-" + organization))
                            .param(MODEL_ID, modelOf.get(organization)).with(as(organization, "member-" + organization)))
                    .andExpect(flash().attribute("info", "task.completed"));
        }
        awaitAsync(instance);

        // the team beside the selections; one side only comes back with the rows kept
        Task proposal = task(instance, "Task_ProposeTeam");
        Document teamPage = page("/tasks/" + proposal.getId(), PX05);
        assertThat(teamPage.select("#record-summary #selections .selected-model")).hasSize(6);
        LocalDate today = ProvinceClock.today();
        Document oneSide = Jsoup.parse(mvc.perform(team(proposal, today, "px05", "px05").with(PX05))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        assertThat(oneSide.text()).contains("cả hai bên");
        assertThat(oneSide.select("input[name='teamMembers[1].name']").val()).isEqualTo("Lê Thị Hoa");
        mvc.perform(team(proposal, today, "px05", "pttg").with(PX05)).andExpect(flash().attribute("info", "task.completed"));

        Task approval = task(instance, "Task_ApproveTeam");
        mvc.perform(get("/tasks/{id}", approval.getId()).with(PX05)).andExpect(status().isNotFound());
        assertThat(page("/tasks/" + approval.getId(), BGDCA).select("#record-summary #team").text())
                .contains("Trần Minh Khang", "Lê Thị Hoa");
        mvc.perform(complete(approval).param(TEAM_OUTCOME, OUTCOME_APPROVE).with(BGDCA))
                .andExpect(flash().attribute("info", "task.completed"));

        // the findings of each model; the ldld model's with a weakness
        for (String organization : MEMBERS) {
            Task findings = branch(instance, "Task_RecordFindings", null, organization);
            Document findingsPage = page("/tasks/" + findings.getId(), PX05);
            assertThat(findingsPage.select("input[name=" + INSPECTED_MODEL + "]").val()).contains(modelOf.get(organization));
            MockMultipartHttpServletRequestBuilder request = (MockMultipartHttpServletRequestBuilder) complete(findings)
                    .param(INSPECTED_ON, today.toString()).param(STRENGTHS, "Sinh hoạt đều đặn của " + organization)
                    .param(RECOMMENDATIONS, "Nhân rộng");
            if (organization.equals("ldld")) {
                request.param("weaknesses[0].content", "Chưa có sổ theo dõi").param("weaknesses[0].dueOn", today.plusDays(20).toString());
            }
            mvc.perform(request.with(PX05)).andExpect(flash().attribute("info", "task.completed"));
        }
        awaitAsync(instance);

        // before the announcement the record is the coordinators' working file
        mvc.perform(get("/models/inspections/{id}", inspection.id()).with(LDLD)).andExpect(status().isNotFound());
        Task announce = task(instance, "Task_AnnounceResults");
        mvc.perform(complete(announce).param(ANNOUNCEMENT, "").with(PTTG)).andExpect(status().isBadRequest());
        mvc.perform(complete(announce).param(ANNOUNCEMENT, "Kết quả: các mô hình hoạt động tốt; học tập cách làm của LĐLĐ.").with(PTTG))
                .andExpect(flash().attribute("info", "task.completed"));
        awaitAsync(instance);

        // every member organisation reads the result; its own remediations only
        Document ldldPage = page("/models/inspections/" + inspection.id(), LDLD);
        assertThat(ldldPage.select("#announcement").text()).contains("học tập cách làm của LĐLĐ");
        assertThat(ldldPage.select("#selections .strengths")).hasSize(6);
        assertThat(ldldPage.select("#remediations tbody tr")).hasSize(1);
        Document lhpnPage = page("/models/inspections/" + inspection.id(), LHPN);
        assertThat(lhpnPage.select("#announcement")).hasSize(1);
        assertThat(lhpnPage.select("#remediations")).isEmpty();
        Document list = page("/models/inspections?year=" + inspection.planYear(), PX05);
        assertThat(list.select("#inspections a").eachAttr("href")).anyMatch(href -> href.endsWith(inspection.id()));
        assertThat(list.select("#progress-inspected").text()).endsWith("/ 6");

        Task remedy = branch(instance, "Task_RemedyWeakness", "member-ldld");
        assertThat(page("/tasks/" + remedy.getId(), LDLD).select("textarea[name=" + WEAKNESS + "]").text()).isEqualTo("Chưa có sổ theo dõi");
        mvc.perform(get("/tasks/{id}", remedy.getId()).with(LHPN)).andExpect(status().isNotFound());
        mvc.perform(complete(remedy).param(REMEDIATION_REPORT, "Đã lập sổ theo dõi").with(LDLD))
                .andExpect(flash().attribute("info", "task.completed"));
        awaitAsync(instance);
        assertThat(inspections.of(instance).remediations().get(0).status()).isEqualTo(RemediationStatus.DONE);
    }

    @Test
    void aMemberReachesOnlyItsOwnSelectionThroughTheEngineApi() throws Exception {
        ModelInspection inspection = open();
        String instance = inspection.processInstanceId();
        String ldldTask = branch(instance, "Task_SelectModel", "member-ldld").getId();
        String lhpnTask = branch(instance, "Task_SelectModel", "member-lhpn").getId();
        String tasks = EngineApiClient.rest(port, "ldld").get("/engine-rest/task?processInstanceId=" + instance).body();
        assertThat(tasks).contains(ldldTask).doesNotContain(lhpnTask);
        assertThat(EngineApiClient.rest(port, "ldld").get("/engine-rest/process-instance/" + instance + "/variables").statusCode())
                .isBetween(400, 499);
        HttpResponse<String> others = EngineApiClient.rest(port, "ldld").post("/engine-rest/task/" + lhpnTask + "/complete",
                "{\"variables\":{\"modelId\":{\"value\":\"" + modelOf.get("ldld") + "\"}}}");
        assertThat(others.statusCode()).isBetween(400, 499);
        // its own selection, naming another organisation or another's model: refused, nothing saved
        HttpResponse<String> forged = EngineApiClient.rest(port, "ldld").post("/engine-rest/task/" + ldldTask + "/complete",
                "{\"variables\":{\"modelId\":{\"value\":\"" + modelOf.get("ldld") + "\"},\"organization\":{\"value\":\"lhpn\"}}}");
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.body()).contains("organization");
        HttpResponse<String> notOwn = EngineApiClient.rest(port, "ldld").post("/engine-rest/task/" + ldldTask + "/complete",
                "{\"variables\":{\"modelId\":{\"value\":\"" + modelOf.get("lhpn") + "\"}}}");
        assertThat(notOwn.statusCode()).isEqualTo(400);
        assertThat(inspections.of(instance).selection("ldld").status()).isEqualTo(SelectionStatus.PENDING);
        HttpResponse<String> own = EngineApiClient.rest(port, "ldld").post("/engine-rest/task/" + ldldTask + "/complete",
                "{\"variables\":{\"modelId\":{\"value\":\"" + modelOf.get("ldld") + "\"}}}");
        assertThat(own.statusCode()).as(own.body()).isEqualTo(204);
        assertThat(inspections.of(instance).selection("ldld").selectedBy()).isEqualTo("ldld");
        assertThat(inspections.of(instance).selection("ldld").modelId()).isEqualTo(modelOf.get("ldld"));
        // a member organisation opens no inspection through the API either
        HttpResponse<String> start = EngineApiClient.rest(port, "ldld").post("/engine-rest/process-definition/key/" + PROCESS_ID
                + "/start", "{\"variables\":{\"planYear\":{\"value\":\"" + ProvinceClock.today().getYear() + "\"}}}");
        assertThat(start.statusCode()).isBetween(400, 499);
    }

    private ModelInspection open() throws Exception {
        Document form = page(START, PX05);
        String token = form.select("input[name=_token]").val();
        String year = String.valueOf(ProvinceClock.today().getYear());
        assertThat(form.select("select[name=" + PLAN_YEAR + "] option").eachAttr("value")).contains(year);
        mvc.perform(multipart(START).param("_token", token).param(PLAN_YEAR, "1999").with(csrf()).with(PX05))
                .andExpect(status().isBadRequest());
        List<String> before = taskService.createTaskQuery().processDefinitionKey(PROCESS_ID).taskDefinitionKey("Task_SelectModel")
                .list().stream().map(Task::getProcessInstanceId).distinct().toList();
        mvc.perform(multipart(START).param("_token", token).param(PLAN_YEAR, year).with(csrf()).with(PX05))
                .andExpect(flash().attribute("info", "process.started.record"));
        String instance = taskService.createTaskQuery().processDefinitionKey(PROCESS_ID).taskDefinitionKey("Task_SelectModel").list()
                .stream().map(Task::getProcessInstanceId).filter(id -> !before.contains(id)).findFirst().orElseThrow();
        return inspections.of(instance);
    }

    private MockMultipartHttpServletRequestBuilder team(Task task, LocalDate from, String firstOrganization, String secondOrganization) {
        return (MockMultipartHttpServletRequestBuilder) complete(task)
                .param("teamMembers[0].organization", firstOrganization).param("teamMembers[0].name", "Trần Minh Khang")
                .param("teamMembers[0].jobTitle", "Trưởng phòng PX05")
                .param("teamMembers[1].organization", secondOrganization).param("teamMembers[1].name", "Lê Thị Hoa")
                .param(INSPECT_FROM, from.toString()).param(INSPECT_TO, from.plusDays(5).toString());
    }

    private MockMultipartHttpServletRequestBuilder complete(Task task) {
        return (MockMultipartHttpServletRequestBuilder) multipart("/tasks/{id}/complete", task.getId()).with(csrf());
    }

    /** The open task of the step for the group's branch, or (group null) for the organisation's branch. */
    private Task branch(String instance, String key, String group, String... organization) {
        return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).list().stream()
                .filter(task -> group == null
                        ? organization[0].equals(taskService.getVariable(task.getId(), ORGANIZATION))
                        : taskService.getIdentityLinksForTask(task.getId()).stream().anyMatch(link -> group.equals(link.getGroupId())))
                .findFirst().orElseThrow();
    }

    private Task task(String instance, String key) {
        List<Task> tasks = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).list();
        assertThat(tasks).hasSize(1);
        return tasks.get(0);
    }

    /** The job executor ends the branches (asyncBefore on their end): wait for it. */
    private void awaitAsync(String instance) throws InterruptedException {
        PortalPages.awaitAsync(managementService, instance);
    }

    private Document page(String url, RequestPostProcessor user) throws Exception {
        return PortalPages.page(mvc, url, user);
    }
}
