package vn.phoihop.instances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.phoihop.testsupport.PortalUsers.as;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.phoihop.testsupport.IntegrationTest;

@IntegrationTest
class InstanceDiagramTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;

    @Test
    void diagramXmlIsTheDeployedModelAndActiveActivitiesTheCurrentTask() throws Exception {
        String instanceId = SmokeInstances.start(runtimeService);

        String xml = mvc.perform(get("/instances/{id}/diagram.xml", instanceId).with(as("px05", "px05")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_XML))
                .andReturn().getResponse().getContentAsString();
        assertThat(xml).contains("<bpmn:process id=\"SmokeTestProcess\"").contains("bpmndi:BPMNDiagram");

        mvc.perform(get("/instances/{id}/active-activities", instanceId).with(as("px05", "px05")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(content().json("[\"Task_ReviewSmoke\"]", true));

        SmokeInstances.claimAndComplete(identityService, taskService, instanceId, "px05", "px05");
        mvc.perform(get("/instances/{id}/active-activities", instanceId).with(as("px05", "px05")))
                .andExpect(content().json("[]", true));
    }

    @Test
    void outsidersGetNotFoundForTheDiagram() throws Exception {
        String instanceId = SmokeInstances.start(runtimeService);
        mvc.perform(get("/instances/{id}/diagram.xml", instanceId).with(as("ldld", "member-ldld"))).andExpect(status().isNotFound());
        mvc.perform(get("/instances/{id}/active-activities", instanceId).with(as("ldld", "member-ldld"))).andExpect(status().isNotFound());
        mvc.perform(get("/instances/{id}/diagram.xml", "no-such-instance").with(as("admin", "camunda-admin"))).andExpect(status().isNotFound());
    }

    @Test
    void pageLoadsTheViewerBuiltFromNpmAndServedByTheApplication() throws Exception {
        String instanceId = SmokeInstances.start(runtimeService);
        Document page = SmokeInstances.page(mvc, instanceId, "px05", "px05");

        var viewer = page.select("#diagram script[src]").eachAttr("src");
        assertThat(viewer).containsExactly("/vendor/bpmn-js/bpmn-navigated-viewer.production.min.js", "/js/diagram.js");
        var diagram = page.selectFirst("#diagram .bpmn-diagram");
        assertThat(diagram.attr("data-xml-url")).isEqualTo("/instances/" + instanceId + "/diagram.xml");
        assertThat(diagram.attr("data-active-url")).isEqualTo("/instances/" + instanceId + "/active-activities");

        for (var asset : page.select("#diagram script[src], #diagram link[rel=stylesheet]")) {
            String path = asset.hasAttr("src") ? asset.attr("src") : asset.attr("href");
            var response = mvc.perform(get(path).with(as("px05", "px05"))).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(200);
            assertThat(response.getContentLength() > 0 || response.getContentAsByteArray().length > 0).as(path).isTrue();
        }
        String bundle = mvc.perform(get("/vendor/bpmn-js/bpmn-navigated-viewer.production.min.js").with(as("px05", "px05")))
                .andReturn().getResponse().getContentAsString();
        assertThat(bundle).contains("BpmnJS");
        mvc.perform(get("/vendor/bpmn-js/assets/bpmn-font/font/bpmn.woff2").with(as("px05", "px05"))).andExpect(status().isOk());
    }
}
