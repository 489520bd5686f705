package vn.phoihop.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.phoihop.testsupport.PortalUsers.as;

import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.phoihop.tasks.RecordTitle;
import vn.phoihop.testsupport.IntegrationTest;

@IntegrationTest
class ProcessStartTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RuntimeService runtimeService;

    @Test
    void listsOnlyProcessesTheUsersGroupsMayStart() throws Exception {
        Document forPx05 = Jsoup.parse(mvc.perform(get("/processes").with(as("px05", "px05")))
                .andReturn().getResponse().getContentAsString());
        assertThat(forPx05.select("a.start-process[data-process-key=SmokeTestProcess]")).hasSize(1);
        Document forLdld = Jsoup.parse(mvc.perform(get("/processes").with(as("ldld", "member-ldld")))
                .andReturn().getResponse().getContentAsString());
        assertThat(forLdld.select("a.start-process[data-process-key=SmokeTestProcess]")).isEmpty();
        mvc.perform(get("/processes/SmokeTestProcess/start").with(as("ldld", "member-ldld"))).andExpect(status().isNotFound());
    }

    @Test
    void startsOnceThroughTheStartFormEvenWhenPostedTwice() throws Exception {
        Document form = Jsoup.parse(mvc.perform(get("/processes/SmokeTestProcess/start").with(as("px05", "px05")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(form.select("#start-form input[name=recordTitle]")).hasSize(1);
        assertThat(form.select("#start-form select[name=organization] option[value=lhpn]").text()).isEqualTo("Hội Liên hiệp Phụ nữ tỉnh");
        String token = form.select("input[name=_token]").val();
        String title = "Khu phố " + UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/processes/SmokeTestProcess/start").param("_token", token).param("recordTitle", title)
                            .param("households", "120").with(csrf()).with(as("px05", "px05")))
                    .andExpect(redirectedUrl("/tasks"))
                    .andExpect(flash().attribute("info", i == 0 ? "process.started" : "process.start.already"));
        }
        assertThat(runtimeService.createProcessInstanceQuery().variableValueEquals(RecordTitle.VARIABLE, title).count()).isEqualTo(1);
    }

    @Test
    void invalidStartFormComesBackWithTypedValuesAndMessages() throws Exception {
        String token = UUID.randomUUID().toString();
        String html = mvc.perform(post("/processes/SmokeTestProcess/start").param("_token", token)
                        .param("recordTitle", "").param("households", "nhiều").param("organization", "not-an-organisation")
                        .with(csrf()).with(as("px05", "px05")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("input[name=households]").val()).isEqualTo("nhiều");
        assertThat(page.select("input[name=households].is-invalid")).hasSize(1);
        assertThat(page.select("input[name=recordTitle].is-invalid")).hasSize(1);
        assertThat(page.select("select[name=organization].is-invalid")).hasSize(1);
        assertThat(page.select("input[name=_token]").val()).isEqualTo(token);
        // the refused attempt did not use up the form: correcting it starts the process
        mvc.perform(post("/processes/SmokeTestProcess/start").param("_token", token).param("recordTitle", "Sửa lại")
                        .with(csrf()).with(as("px05", "px05")))
                .andExpect(flash().attribute("info", "process.started"));
    }

    @Test
    void aForgedTokenIsRefused() throws Exception {
        mvc.perform(post("/processes/SmokeTestProcess/start").param("_token", "../../etc").param("recordTitle", "x")
                        .with(csrf()).with(as("px05", "px05")))
                .andExpect(flash().attribute("error", "process.start.stale"));
    }
}
