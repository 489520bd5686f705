package vn.phoihop.commendations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.phoihop.testsupport.PortalUsers.as;

import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.phoihop.tasks.RecordTitle;
import vn.phoihop.testsupport.IntegrationTest;

/**
 * The commendation forms of forms/ as people use them in the portal: a member organisation
 * proposes through the start form, PX05 appraises and the police leaders approve on their task
 * pages, and a numbered decision comes out.
 */
@IntegrationTest
class CommendationPortalTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ManagementService managementService;

    @Test
    void proposeAppraiseAndApproveThroughTheTaskPages() throws Exception {
        RequestPostProcessor ldld = as("ldld", "member-ldld");
        Document startForm = page("/processes/CommendationProcess/start", ldld);
        assertThat(startForm.select("#start-form select[name=awardForm] option[value=giay-khen-giam-doc-cat]")).hasSize(1);
        String token = startForm.select("input[name=_token]").val();
        String title = "Đề nghị khen " + UUID.randomUUID().toString().substring(0, 8);

        // a proposal without nominees comes back with what was typed
        Document refused = Jsoup.parse(mvc.perform(post("/processes/CommendationProcess/start").param("_token", token)
                        .param("recordTitle", title).param("awardForm", "giay-khen-giam-doc-cat").param("proposingSide", "front")
                        .param("achievement", "Thành tích xuất sắc năm 2023").with(csrf()).with(ldld))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select("textarea[name=nominees].is-invalid")).hasSize(1);
        assertThat(refused.select("input[name=recordTitle]").val()).isEqualTo(title);

        mvc.perform(post("/processes/CommendationProcess/start").param("_token", token)
                        .param("recordTitle", title).param("awardForm", "giay-khen-giam-doc-cat").param("proposingSide", "front")
                        .param("nominees", "Nguyễn Văn A – Tổ trưởng tổ dân cư – Vận động 100% hộ tham gia")
                        .param("achievement", "Thành tích xuất sắc năm 2023").with(csrf()).with(ldld))
                .andExpect(flash().attribute("info", "process.started"));
        String instanceId = historyService.createHistoricVariableInstanceQuery().variableName(RecordTitle.VARIABLE)
                .variableValueEquals(RecordTitle.VARIABLE, title).singleResult().getProcessInstanceId();

        Task appraisal = openTask(instanceId, "Task_AppraiseProposal");
        Document appraisalPage = page("/tasks/" + appraisal.getId(), as("px05", "px05"));
        assertThat(appraisalPage.select("input[name=appraisalOutcome][value=pass]")).hasSize(1);
        mvc.perform(post("/tasks/{id}/complete", appraisal.getId()).param("appraisalOutcome", "pass")
                        .param("appraisalComment", "Đúng đối tượng, đúng thành tích").with(csrf()).with(as("px05", "px05")))
                .andExpect(flash().attribute("info", "task.completed"));

        Task approval = openTask(instanceId, "Task_PoliceLeadersApprove");
        mvc.perform(get("/tasks/{id}", approval.getId()).with(as("px05", "px05"))).andExpect(status().isNotFound());
        mvc.perform(post("/tasks/{id}/complete", approval.getId()).param("approvalDecision", "approve")
                        .with(csrf()).with(as("bgdca", "police-leaders")))
                .andExpect(flash().attribute("info", "task.completed"));

        issueDecision(instanceId);
        var number = historyService.createHistoricVariableInstanceQuery().processInstanceId(instanceId)
                .variableName(CommendationProcessVariables.DECISION_NUMBER).singleResult();
        assertThat(number).isNotNull();
        assertThat(number.getValue().toString()).matches("\\d{2,}/QĐ-CAT");
    }

    /**
     * The decision number is taken by an async step, which this shared application's job executor
     * may run at the same moment as the test: run what is still due, and accept that it was taken.
     */
    private void issueDecision(String instanceId) throws InterruptedException {
        for (int attempt = 0; attempt < 100 && historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(instanceId).finished().count() == 0; attempt++) {
            for (var job : managementService.createJobQuery().processInstanceId(instanceId).executable().list()) {
                try {
                    managementService.executeJob(job.getId());
                } catch (org.camunda.bpm.engine.ProcessEngineException takenByTheJobExecutor) {
                    // the job executor got there first
                }
            }
            Thread.sleep(50);
        }
    }

    private Task openTask(String instanceId, String key) {
        return taskService.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(key).singleResult();
    }

    private Document page(String url, RequestPostProcessor user) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(user)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
