package vn.phoihop.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.phoihop.plans.PlanProcessVariables.*;
import static vn.phoihop.testsupport.PortalUsers.as;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.testsupport.IntegrationTest;
import vn.phoihop.testsupport.PortalPages;

/**
 * The plan as its people use it through the portal: PX05 starts the year's plan from the published one
 * it picks (a refused start keeps the choices), the draft form shows every duty of the copy, a refused
 * draft keeps the rows typed, the plan's page shows the draft's status.
 */
@IntegrationTest
class PlanPortalTest {

    private static final String START = "/processes/" + PROCESS_ID + "/start";
    private static final RequestPostProcessor PX05 = as("px05", "px05");

    @Autowired
    MockMvc mvc;
    @Autowired
    TaskService taskService;
    @Autowired
    PlanService plans;

    @Test
    void theYearsPlanIsStartedFromAPublishedOneAndItsDraftShowsAndKeepsTheDuties() throws Exception {
        mvc.perform(get(START).with(as("ldld", "member-ldld"))).andExpect(status().is4xxClientError());
        Document form = page(START, PX05);
        assertThat(form.select("select[name=" + SOURCE_PLAN + "] option").eachAttr("value")).contains("KH-100-2023");
        String token = form.select("input[name=_token]").val();
        String year = String.valueOf(ProvinceClock.today().getYear());
        String title = "Kế hoạch phối hợp – cổng " + System.nanoTime();
        Document refused = Jsoup.parse(mvc.perform(multipart(START).param("_token", token).param(YEAR, year)
                .param(SOURCE_PLAN, "KH-100-2023").param(NUMBER, "").param(TITLE, title).with(csrf()).with(PX05))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select("select[name=" + SOURCE_PLAN + "] option[selected]").val()).isEqualTo("KH-100-2023");
        assertThat(refused.select("textarea[name=" + TITLE + "]").text()).isEqualTo(title);
        mvc.perform(multipart(START).param("_token", token).param(YEAR, year).param(SOURCE_PLAN, "KH-100-2023").param(NUMBER, "21")
                .param(TITLE, title).with(csrf()).with(PX05)).andExpect(flash().attribute("info", "process.started.record"));
        Task draft = taskService.createTaskQuery().processDefinitionKey(PROCESS_ID).taskDefinitionKey("Task_DraftPlan").list().stream()
                .filter(task -> plans.plan((String) taskService.getVariable(task.getId(), PLAN_ID)).title().equals(title))
                .findFirst().orElseThrow();
        String planId = (String) taskService.getVariable(draft.getId(), PLAN_ID);
        Document draftForm = page("/tasks/" + draft.getId(), PX05);
        assertThat(draftForm.select("input[name='duties[0].code']").val()).isEqualTo("III.1.1");
        assertThat(draftForm.select("input[name='duties[11].code']").val()).isEqualTo("IV.3");
        assertThat(draftForm.select("textarea[name='duties[2].text']").text()).contains("100% đơn vị đăng ký");

        Document refusedDraft = Jsoup.parse(mvc.perform(draft(draft, "").with(PX05)).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString());
        assertThat(refusedDraft.select("input[name='duties[0].code']").val()).isEqualTo("III.1.1");
        assertThat(refusedDraft.select("input[name='duties[1].code']").val()).isEqualTo("III.9.9");
        mvc.perform(draft(draft, "Hằng tháng").with(PX05)).andExpect(flash().attribute("info", "task.completed"));
        assertThat(plans.plan(planId).duties()).extracting(PlanDuty::code).containsExactly("III.1.1", "III.9.9");
        assertThat(plans.plan(planId).status()).isEqualTo(PlanStatus.AWAITING_APPROVAL);
        Document page = page("/plans/" + planId, PX05);
        assertThat(page.select("#plan-status").text()).isEqualTo("Chờ hai bên phê duyệt");
        assertThat(page.select("#duties .duty-row").eachAttr("data-code")).isEqualTo(List.of("III.1.1", "III.9.9"));
    }

    private MockMultipartHttpServletRequestBuilder draft(Task task, String periodicity) {
        return (MockMultipartHttpServletRequestBuilder) multipart("/tasks/{id}/complete", task.getId())
                .param(TITLE, "Kế hoạch phối hợp năm").param(BASIS, "Căn cứ.")
                .param("duties[0].code", "III.1.1").param("duties[0].periodicity", "Năm").param("duties[0].text", "Tổng kết.")
                .param("duties[1].code", "III.9.9").param("duties[1].periodicity", periodicity).param("duties[1].text", "Nhiệm vụ mới.")
                .with(csrf());
    }

    private Document page(String url, RequestPostProcessor user) throws Exception {
        return PortalPages.page(mvc, url, user);
    }
}
