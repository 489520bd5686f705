package vn.phoihop.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.phoihop.testsupport.PortalUsers.as;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import vn.phoihop.attachments.TestFiles;
import vn.phoihop.testsupport.PortalBrowser;
import vn.phoihop.tasks.RecordTitle;
import vn.phoihop.testsupport.IntegrationTest;

@IntegrationTest
class ProcessStartTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @LocalServerPort
    int port;

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
                    // the first lands on the new instance's page, the repeat on the task list
                    .andExpect(i == 0 ? redirectedUrlPattern("/instances/*") : redirectedUrl("/tasks"))
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

    /** After the start the user lands on a page that names the new record by its number and leads to it (issue #10, finding 11). */
    @Test
    void afterTheStartTheUserLandsOnThePageOfTheNewRecord() throws Exception {
        // the real server: the flash message crosses the redirect in the (JDBC) session
        PortalBrowser ldld = new PortalBrowser(port).logIn("ldld");
        Document form = Jsoup.parse(ldld.get("/processes/CommendationProcess/start").body());
        HttpResponse<String> started = ldld.post("/processes/CommendationProcess/start", new PortalBrowser.Multipart()
                .field("_csrf", form.select("input[name=_csrf]").val()).field("_token", form.select("input[name=_token]").val())
                .field("recordTitle", "Đề nghị khen thưởng " + UUID.randomUUID()).field("proposingOrganization", "ldld")
                .field("source", "direct").field("awardForm", "giay-khen-giam-doc-cat")
                .field("nominees[0].kind", "individual").field("nominees[0].name", "Nguyễn Văn A")
                .field("nominees[0].organizationName", "Phường 1").field("nominees[0].achievement", "Vận động 100% hộ")
                .file("proposalLetter", "to-trinh.pdf", "application/pdf", TestFiles.pdf()));
        assertThat(started.statusCode()).isEqualTo(302);
        String location = URI.create(started.headers().firstValue("Location").orElseThrow()).getPath();
        assertThat(location).startsWith("/instances/");
        String proposalId = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(location.substring("/instances/".length())).singleResult().getBusinessKey();
        assertThat(proposalId).startsWith("KT-");

        Document landing = Jsoup.parse(ldld.get(location).body());
        assertThat(landing.getElementById("flash-info").text()).isEqualTo("Đã khởi tạo hồ sơ " + proposalId + ".");
        assertThat(landing.getElementById("instance-heading").text()).isEqualTo("Hồ sơ " + proposalId);
        assertThat(landing.getElementById("record-link").attr("href")).isEqualTo("/commendations/" + proposalId);
        assertThat(ldld.get("/commendations/" + proposalId).statusCode()).isEqualTo(200);
    }
}
