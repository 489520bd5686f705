package vn.phoihop.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.camunda.bpm.engine.RuntimeService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import vn.phoihop.security.PortalUser;
import vn.phoihop.testsupport.IntegrationTest;

import static vn.phoihop.testsupport.PortalUsers.as;

import java.util.List;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

@IntegrationTest
class HomePageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RuntimeService runtimeService;

    @Test
    void homeShowsTheUserTheirOrganisationGroupsAndOpenTaskCount() throws Exception {
        Document before = home("ldld", "member-ldld");
        assertThat(before.getElementById("user-id").text()).isEqualTo("ldld");
        assertThat(before.getElementById("organizations").text()).contains("Liên đoàn Lao động tỉnh");
        assertThat(before.getElementById("groups").text()).contains("Liên đoàn Lao động tỉnh");
        int openBefore = Integer.parseInt(home("px05", "px05").getElementById("open-task-count").text());
        // other tests in this shared application may have left tasks with ldld
        int ldldsBefore = Integer.parseInt(before.getElementById("open-task-count").text());

        runtimeService.startProcessInstanceByKey("SmokeTestProcess");

        assertThat(Integer.parseInt(home("px05", "px05").getElementById("open-task-count").text())).isEqualTo(openBefore + 1);
        assertThat(Integer.parseInt(home("ldld", "member-ldld").getElementById("open-task-count").text())).isEqualTo(ldldsBefore);
    }

    @Test
    void endedOrganisationsAreMarked() throws Exception {
        Document page = home("catanchau", "district-police-tanchau");
        assertThat(page.getElementById("organizations").text()).contains("Công an huyện Tân Châu").contains("30/06/2025");
    }

    @Test
    void englishOnRequest() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/").param("lang", "en").with(as("px05", "px05")))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("h1").text()).startsWith("Hello");
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void userTextIsEscaped() throws Exception {
        var principal = new PortalUser("x", "<script>alert(1)</script>", List.of());
        String html = mvc.perform(get("/").with(authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of()))))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void layoutIsMobileReadyAndServesItsOwnAssets() throws Exception {
        Document page = home("px05", "px05");
        assertThat(page.select("meta[name=viewport]").attr("content")).contains("width=device-width");
        page.select("link[href], script[src]").forEach(element ->
                assertThat(element.hasAttr("href") ? element.attr("href") : element.attr("src")).startsWith("/"));
        for (var asset : page.select("link[rel=stylesheet], script[src]")) {
            String path = asset.hasAttr("href") ? asset.attr("href") : asset.attr("src");
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).as(path).isEqualTo(200);
        }
    }

    private Document home(String userId, String group) throws Exception {
        return Jsoup.parse(mvc.perform(get("/").with(as(userId, group))).andReturn().getResponse().getContentAsString());
    }
}
