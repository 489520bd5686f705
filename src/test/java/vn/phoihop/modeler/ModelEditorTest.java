package vn.phoihop.modeler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.phoihop.modeler.TestModels.flow;
import static vn.phoihop.modeler.TestModels.suffix;
import static vn.phoihop.testsupport.PortalUsers.as;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.phoihop.testsupport.IntegrationTest;
import vn.phoihop.testsupport.PortalPages;

/**
 * {@code /admin/processes/edit}, driven through the very requests the browser's editor makes: a deployed
 * file opens with its text; "check" applies the rules of a real deployment and keeps nothing; "deploy"
 * makes version n+1; a refused file comes back as it was edited, with its problems, and nothing is
 * deployed; forms and decisions open in their editors; only administrators, only with a CSRF token.
 */
@IntegrationTest
class ModelEditorTest {

    private static final RequestPostProcessor ADMIN = as("admin", "camunda-admin");

    @Autowired
    MockMvc mvc;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    ProcessAdminEventRepository audit;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    @Test
    void anAdministratorOpensADeployedProcessChecksItAndDeploysItAsVersionTwo() throws Exception {
        String key = "AdminEdit" + suffix();
        String original = flow(key, "Xem xét", "");
        String deployment = repositoryService.createDeployment().addString(key + ".bpmn", original).deploy().getId();

        Document list = PortalPages.page(mvc, "/admin/processes", ADMIN);
        assertThat(list.select("#process-definitions tr[data-key=" + key + "] a.edit-link").attr("href"))
                .isEqualTo("/admin/processes/edit?deployment=" + deployment + "&resource=" + key + ".bpmn");
        Document opened = PortalPages.page(mvc, "/admin/processes/edit?deployment=" + deployment + "&resource=" + key + ".bpmn", ADMIN);
        assertThat(opened.select("#model-editor").attr("data-kind")).isEqualTo("bpmn");
        assertThat(opened.select("#model-source").text()).isEqualTo(original.strip());

        String edited = original.replace("name=\"Xem xét\"", "name=\"Xem xét hồ sơ\"");
        long deployments = repositoryService.createDeploymentQuery().count();
        long events = audit.count();
        Document checked = submit(deployment, key + ".bpmn", edited, "validate", status().isOk());
        assertThat(checked.select("#valid")).hasSize(1);
        assertThat(checked.select("#model-source").text()).isEqualTo(edited.strip());
        assertThat(repositoryService.createDeploymentQuery().count()).as("a check deploys nothing").isEqualTo(deployments);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isEqualTo(1);
        assertThat(audit.count()).isEqualTo(events);

        mvc.perform(editor(deployment, key + ".bpmn", edited, "deploy").with(ADMIN))
                .andExpect(redirectedUrl("/admin/processes")).andExpect(flash().attributeExists("deployed"));
        ProcessDefinition next = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
        assertThat(next.getVersion()).isEqualTo(2);
        assertThat(repositoryService.getBpmnModelInstance(next.getId()).getModelElementById("Task_First").getAttributeValue("name"))
                .isEqualTo("Xem xét hồ sơ");
        assertThat(PortalPages.page(mvc, "/admin/processes", ADMIN).select("#audit .audit-row[data-action=DEPLOY]").text())
                .contains(key + ".bpmn");
    }

    @Test
    void aRefusedFileComesBackAsItWasEditedWithItsProblemsAndNothingIsDeployed() throws Exception {
        String key = "AdminEditRefused" + suffix();
        String deployment = repositoryService.createDeployment().addString(key + ".bpmn", flow(key, "Xem xét", "")).deploy().getId();
        String generatedId = flow(key, "Xem xét", "").replace("Task_First", "Activity_0abc123");
        String noHistory = flow(key, "Xem xét", "").replace(" camunda:historyTimeToLive=\"P30D\"", "");
        String broken = "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><bpmn:process id=\"" + key;
        long deployments = repositoryService.createDeploymentQuery().count();
        for (String action : new String[] {"validate", "deploy"}) {
            Document refused = submit(deployment, key + ".bpmn", generatedId, action, status().isBadRequest());
            assertThat(refused.select("#problems .problem").text()).as(action).contains("Activity_0abc123", "generated by the modeler");
            assertThat(refused.select("#model-source").text()).as("what was edited is kept").isEqualTo(generatedId.strip());
            assertThat(submit(deployment, key + ".bpmn", noHistory, action, status().isBadRequest()).select("#problems .problem").text())
                    .contains("historyTimeToLive");
            assertThat(submit(deployment, key + ".bpmn", broken, action, status().isBadRequest()).select("#problems .problem")).isNotEmpty();
        }
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isEqualTo(1);
        assertThat(PortalPages.page(mvc, "/admin/processes", ADMIN).select("#audit .audit-row[data-action=DEPLOY_REFUSED]").text())
                .contains(key + ".bpmn");
    }

    @Test
    void formsAndDecisionsOpenInTheirOwnEditorsAndAnEditedFormIsDeployedAsItsNextVersion() throws Exception {
        String formId = "admin-edit-" + suffix();
        String form = "{\"schemaVersion\":16,\"id\":\"" + formId + "\",\"type\":\"default\",\"components\":[{\"id\":\"Field_Note\","
                + "\"key\":\"note\",\"type\":\"textfield\",\"label\":\"Ghi chú\"}]}";
        String key = "AdminEditForm" + suffix();
        String deployment = repositoryService.createDeployment().addString(formId + ".form", form)
                .addString(key + ".bpmn", flow(key, "Xem xét", "").replace("smoke-review", formId)).deploy().getId();
        String instance = runtimeService.startProcessInstanceByKey(key).getId();
        String task = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
        RequestPostProcessor px05 = as("px05", "px05");
        assertThat(PortalPages.page(mvc, "/tasks/" + task, px05).select("label").text()).contains("Ghi chú");
        Document opened = PortalPages.page(mvc, "/admin/processes/edit?deployment=" + deployment + "&resource=" + formId + ".form", ADMIN);
        assertThat(opened.select("#model-editor").attr("data-kind")).isEqualTo("form");
        assertThat(opened.select("#model-source").text()).isEqualTo(form);

        String edited = form.replace("Ghi chú", "Ý kiến");
        mvc.perform(editor(deployment, formId + ".form", edited, "deploy").with(ADMIN)).andExpect(flash().attributeExists("deployed"));
        String next = repositoryService.createDeploymentQuery().orderByDeploymentTime().desc().list().stream()
                .filter(candidate -> repositoryService.getDeploymentResourceNames(candidate.getId()).contains(formId + ".form"))
                .findFirst().orElseThrow().getId();
        assertThat(next).isNotEqualTo(deployment);
        try (InputStream content = repositoryService.getResourceAsStream(next, formId + ".form")) {
            assertThat(new String(content.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(edited);
        }
        // the open task's form follows the new version at once (bound to the latest), not a parsed copy of the old one
        assertThat(PortalPages.page(mvc, "/tasks/" + task, px05).select("label").text()).contains("Ý kiến").doesNotContain("Ghi chú");
        runtimeService.deleteProcessInstance(instance, "test done");
        String unsupported = form.replace("\"textfield\"", "\"iframe\"");
        assertThat(submit(deployment, formId + ".form", unsupported, "validate", status().isBadRequest()).select("#problems .problem").text())
                .contains("is not supported by the portal");

        DecisionDefinition decision = repositoryService.createDecisionDefinitionQuery().latestVersion().list().get(0);
        Document table = PortalPages.page(mvc, "/admin/processes/edit?deployment=" + decision.getDeploymentId()
                + "&resource=" + decision.getResourceName(), ADMIN);
        assertThat(table.select("#model-editor").attr("data-kind")).isEqualTo("dmn");
        assertThat(submit(decision.getDeploymentId(), decision.getResourceName(), table.select("#model-source").text(), "validate",
                status().isOk()).select("#valid")).hasSize(1);
        assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(decision.getKey()).latestVersion().singleResult()
                .getVersion()).as("checked, not deployed").isEqualTo(decision.getVersion());
    }

    @Test
    void onlyAnAdministratorWithACsrfTokenReachesTheEditor() throws Exception {
        String key = "AdminEditDoor" + suffix();
        String deployment = repositoryService.createDeployment().addString(key + ".bpmn", flow(key, "Xem xét", "")).deploy().getId();
        RequestPostProcessor px05 = as("px05", "px05");
        mvc.perform(get("/admin/processes/edit").param("deployment", deployment).param("resource", key + ".bpmn").with(px05))
                .andExpect(status().isForbidden());
        mvc.perform(editor(deployment, key + ".bpmn", flow(key, "Khác", ""), "deploy").with(px05)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/processes/edit").param("deployment", deployment).param("resource", key + ".bpmn")
                .param("content", flow(key, "Khác", "")).param("action", "deploy").with(ADMIN)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/processes/edit").param("deployment", deployment).param("resource", "nothing.bpmn").with(ADMIN))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/processes/edit").param("deployment", "no-such-deployment").param("resource", key + ".bpmn").with(ADMIN))
                .andExpect(status().isNotFound());
        mvc.perform(editor(deployment, "other.bpmn", flow(key, "Khác", ""), "deploy").with(ADMIN)).andExpect(status().isNotFound());
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isEqualTo(1);
    }

    private Document submit(String deployment, String resource, String content, String action, ResultMatcher expected) throws Exception {
        return Jsoup.parse(mvc.perform(editor(deployment, resource, content, action).with(ADMIN)).andExpect(expected)
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static MockHttpServletRequestBuilder editor(String deployment, String resource, String content, String action) {
        return post("/admin/processes/edit").param("deployment", deployment).param("resource", resource).param("content", content)
                .param("action", action).with(csrf());
    }
}
