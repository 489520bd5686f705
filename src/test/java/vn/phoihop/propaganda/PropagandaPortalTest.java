package vn.phoihop.propaganda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.phoihop.propaganda.PropagandaProcessVariables.*;
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
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.testsupport.EngineApiClient;
import vn.phoihop.testsupport.IntegrationTest;
import vn.phoihop.testsupport.PortalPages;
import vn.phoihop.zalo.ZaloGroup;
import vn.phoihop.zalo.ZaloGroupDetails;
import vn.phoihop.zalo.ZaloGroupLevel;
import vn.phoihop.zalo.ZaloGroupRepository;

/**
 * A propaganda material as its people use it, through the portal: PX05 compiles it, a police leader
 * approves it, PX05 sends it, each organisation confirms through its task page with its own Zalo
 * groups and reads the material's page with its own row, the total and its groups' links; in the
 * REST API an organisation reaches its own confirmation only.
 */
@IntegrationTest
class PropagandaPortalTest {

    private static final String START = "/processes/" + PROCESS_ID + "/start";
    private static final RequestPostProcessor PX05 = as("px05", "px05");
    private static final RequestPostProcessor BGDCA = as("bgdca", "police-leaders");
    private static final RequestPostProcessor LDLD = as("ldld", "member-ldld");
    private static final RequestPostProcessor LHPN = as("lhpn", "member-lhpn");
    private static final AtomicInteger GROUP_IDS = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    PropagandaService materials;
    @Autowired
    ZaloGroupRepository zaloGroups;

    private final Map<String, String> groupOf = new HashMap<>();

    @BeforeEach
    void setUp() {
        for (String organization : List.of("ldld", "lhpn")) {
            String id = "ZL-PORTAL-" + GROUP_IDS.incrementAndGet();
            zaloGroups.save(ZaloGroup.register(id, new ZaloGroupDetails(organization, "Nhóm " + organization + " " + id,
                    ZaloGroupLevel.PROVINCE, null, null, null, "https://zalo.me/g/" + id.toLowerCase()), "test", Instant.now()));
            groupOf.put(organization, id);
        }
    }

    @Test
    void aMaterialRunsThroughItsPagesFromTheDraftToTheReach() throws Exception {
        mvc.perform(get(START).with(LDLD)).andExpect(status().is4xxClientError());
        Material material = compile("Phòng, chống ma túy học đường " + GROUP_IDS.get());
        String instance = material.processInstanceId();

        Task approval = task(instance, "Task_ApproveMaterial");
        assertThat(page("/tasks/" + approval.getId(), BGDCA).select("#record-summary #material-body").text()).contains("ma túy");
        mvc.perform(complete(approval).param(MATERIAL_OUTCOME, OUTCOME_APPROVE).with(BGDCA))
                .andExpect(flash().attribute("info", "task.completed"));
        Task choose = task(instance, "Task_ChooseRecipients");
        LocalDate today = ProvinceClock.today();
        Document refused = Jsoup.parse(mvc.perform(complete(choose).param(RECIPIENTS, "ldld").param(CONFIRM_DUE_ON, today.minusDays(1).toString())
                .with(PX05)).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select("input[name=" + RECIPIENTS + "][value=ldld]").attr("checked")).isNotNull();
        mvc.perform(complete(choose).param(RECIPIENTS, "ldld", "lhpn").param(CONFIRM_DUE_ON, today.plusDays(7).toString()).with(PX05))
                .andExpect(flash().attribute("info", "task.completed"));

        // each organisation confirms with its own groups only; a refusal keeps what was typed
        Task ldldTask = branch(instance, "member-ldld");
        mvc.perform(get("/tasks/{id}", ldldTask.getId()).with(LHPN)).andExpect(status().isNotFound());
        Document confirmPage = page("/tasks/" + ldldTask.getId(), LDLD);
        assertThat(confirmPage.select("textarea[name=" + MATERIAL_BODY + "]").text()).contains("ma túy");
        assertThat(confirmPage.select("input[name=" + ZALO_GROUPS + "]").eachAttr("value")).contains(groupOf.get("ldld"))
                .doesNotContain(groupOf.get("lhpn"));
        Document bad = Jsoup.parse(mvc.perform(complete(ldldTask).param(ZALO_GROUPS, groupOf.get("ldld"))
                .param(DISSEMINATED_ON, today.toString()).param(MEMBERS_REACHED, "-5").param(CONFIRMATION_NOTE, "Đã gửi nhóm")
                .with(LDLD)).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        assertThat(bad.select("textarea[name=" + CONFIRMATION_NOTE + "]").text()).isEqualTo("Đã gửi nhóm");
        mvc.perform(complete(ldldTask).param(ZALO_GROUPS, groupOf.get("ldld")).param(DISSEMINATED_ON, today.toString())
                .param(MEMBERS_REACHED, "250").with(LDLD)).andExpect(flash().attribute("info", "task.completed"));
        mvc.perform(complete(branch(instance, "member-lhpn")).param(ZALO_GROUPS, groupOf.get("lhpn")).param(DISSEMINATED_ON, today.toString())
                .param(MEMBERS_REACHED, "40").with(LHPN)).andExpect(flash().attribute("info", "task.completed"));
        awaitAsync(instance);

        // PX05 sees every organisation's reach; an organisation its own row, the total and its groups' links
        Document whole = page("/propaganda/" + material.id(), PX05);
        assertThat(whole.select("#confirmations .confirmation-row")).hasSize(2);
        assertThat(whole.select("#total-reached").text()).isEqualTo("290");
        Document own = page("/propaganda/" + material.id(), LDLD);
        assertThat(own.select("#confirmations .confirmation-row")).extracting(row -> row.attr("data-org")).containsExactly("ldld");
        assertThat(own.select("#own-groups a").eachAttr("href")).contains("https://zalo.me/g/" + groupOf.get("ldld").toLowerCase());
        Document list = page("/propaganda?year=" + today.getYear(), PX05);
        assertThat(list.select("#materials .material-row[data-id=" + material.id() + "]")).hasSize(1);
        assertThat(list.select("#reach-by-organization tr[data-org=ldld]")).hasSize(1);
        // someone the material was not sent to
        mvc.perform(get("/propaganda/{id}", material.id()).with(as("doan", "member-doan"))).andExpect(status().isNotFound());
    }

    @Test
    void anOrganisationReachesOnlyItsOwnConfirmationThroughTheEngineApi() throws Exception {
        Material material = compile("Kiểm tra quyền qua REST " + GROUP_IDS.get());
        String instance = material.processInstanceId();
        mvc.perform(complete(task(instance, "Task_ApproveMaterial")).param(MATERIAL_OUTCOME, OUTCOME_APPROVE).with(BGDCA))
                .andExpect(flash().attribute("info", "task.completed"));
        mvc.perform(complete(task(instance, "Task_ChooseRecipients")).param(RECIPIENTS, "ldld", "lhpn")
                .param(CONFIRM_DUE_ON, ProvinceClock.today().plusDays(7).toString()).with(PX05)).andExpect(flash().attribute("info", "task.completed"));
        String ldldTask = branch(instance, "member-ldld").getId();
        String lhpnTask = branch(instance, "member-lhpn").getId();
        String today = ProvinceClock.today().toString();
        String body = "{\"variables\":{\"zaloGroups\":{\"type\":\"Json\",\"value\":\"[\\\"%s\\\"]\"},\"disseminatedOn\":{\"value\":\"" + today
                + "\"},\"membersReached\":{\"value\":10}%s}}";
        HttpResponse<String> others = EngineApiClient.rest(port, "ldld").post("/engine-rest/task/" + lhpnTask + "/complete",
                body.formatted(groupOf.get("ldld"), ""));
        assertThat(others.statusCode()).isBetween(400, 499);
        HttpResponse<String> forged = EngineApiClient.rest(port, "ldld").post("/engine-rest/task/" + ldldTask + "/complete",
                body.formatted(groupOf.get("ldld"), ",\"organization\":{\"value\":\"lhpn\"}"));
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.body()).contains("organization");
        HttpResponse<String> notOwnGroup = EngineApiClient.rest(port, "ldld").post("/engine-rest/task/" + ldldTask + "/complete",
                body.formatted(groupOf.get("lhpn"), ""));
        assertThat(notOwnGroup.statusCode()).isEqualTo(400);
        assertThat(materials.of(instance).confirmation("ldld").status()).isEqualTo(ConfirmationStatus.PENDING);
        HttpResponse<String> own = EngineApiClient.rest(port, "ldld").post("/engine-rest/task/" + ldldTask + "/complete",
                body.formatted(groupOf.get("ldld"), ""));
        assertThat(own.statusCode()).as(own.body()).isEqualTo(204);
        assertThat(materials.of(instance).confirmation("ldld").membersReached()).isEqualTo(10);
        assertThat(materials.of(instance).confirmation("lhpn").status()).isEqualTo(ConfirmationStatus.PENDING);
        HttpResponse<String> start = EngineApiClient.rest(port, "ldld").post("/engine-rest/process-definition/key/" + PROCESS_ID + "/start",
                "{\"variables\":{\"title\":{\"value\":\"Không được phép\"},\"topic\":{\"value\":\"drugs\"},\"body\":{\"value\":\"x\"}}}");
        assertThat(start.statusCode()).isBetween(400, 499);
    }

    private Material compile(String title) throws Exception {
        Document form = page(START, PX05);
        String token = form.select("input[name=_token]").val();
        Document empty = Jsoup.parse(mvc.perform(multipart(START).param("_token", token).param(TITLE, title).param(TOPIC, "drugs")
                .param(BODY, "").with(csrf()).with(PX05)).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        assertThat(empty.select("input[name=" + TITLE + "]").val()).isEqualTo(title);
        mvc.perform(multipart(START).param("_token", token).param(TITLE, title).param(TOPIC, "drugs")
                        .param(BODY, "Không sử dụng, tàng trữ ma túy; báo ngay cho công an.").with(csrf()).with(PX05))
                .andExpect(flash().attribute("info", "process.started.record"));
        return taskService.createTaskQuery().processDefinitionKey(PROCESS_ID).taskDefinitionKey("Task_ApproveMaterial").list().stream()
                .map(task -> materials.of(task.getProcessInstanceId())).filter(found -> title.equals(found.title())).findFirst().orElseThrow();
    }

    private MockMultipartHttpServletRequestBuilder complete(Task task) {
        return (MockMultipartHttpServletRequestBuilder) multipart("/tasks/{id}/complete", task.getId()).with(csrf());
    }

    private Task branch(String instance, String group) {
        return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_ConfirmDissemination")
                .taskCandidateGroup(group).singleResult();
    }

    private Task task(String instance, String key) {
        List<Task> tasks = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).list();
        assertThat(tasks).hasSize(1);
        return tasks.get(0);
    }

    private void awaitAsync(String instance) throws InterruptedException {
        PortalPages.awaitAsync(managementService, instance);
    }

    private Document page(String url, RequestPostProcessor user) throws Exception {
        return PortalPages.page(mvc, url, user);
    }
}
