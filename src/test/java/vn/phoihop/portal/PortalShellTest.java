package vn.phoihop.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.phoihop.testsupport.PortalUsers.as;

import java.util.Locale;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.phoihop.testsupport.IntegrationTest;

/** The layout every page shares (issue #10, findings 10 and 11): header, menu, favicon, plurals. */
@IntegrationTest
class PortalShellTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MessageSource messages;

    @Test
    void theHeaderNamesBothBodies() throws Exception {
        Document page = page("/", as("px05", "px05"));
        assertThat(page.getElementById("site-bodies").text())
                .isEqualTo("Công an tỉnh Tây Ninh · Ủy ban MTTQ Việt Nam tỉnh Tây Ninh");
        assertThat(page.getElementById("current-user").text()).isEqualTo("px05");
        // the login page too, before anyone is logged in
        assertThat(Jsoup.parse(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString())
                .getElementById("site-bodies").text()).contains("Công an tỉnh Tây Ninh");
    }

    @Test
    void theMenuMarksTheCurrentPage() throws Exception {
        var px05 = as("px05", "px05");
        assertThat(current(page("/", px05))).isEqualTo("Trang chủ");
        assertThat(current(page("/tasks", px05))).isEqualTo("Công việc");
        assertThat(current(page("/processes", px05))).isEqualTo("Quy trình");
        assertThat(current(page("/commendations", px05))).isEqualTo("Khen thưởng");
        assertThat(current(page("/notifications", px05))).isEqualTo("Thông báo");
        assertThat(current(page("/substitutes", px05))).isEqualTo("Người thay thế");
        assertThat(current(page("/processes/SmokeTestProcess/start", px05))).isEqualTo("Quy trình");
    }

    @Test
    void theCamundaMenuIsForThoseWhoMayUseCockpitOrAdmin() throws Exception {
        // a member organisation may open only Tasklist, which the portal's task list replaces
        assertThat(page("/", as("ldld", "member-ldld")).getElementById("nav-camunda")).isNull();
        assertThat(page("/", as("catptn", "district-police-tptn")).getElementById("nav-camunda")).isNull();

        Element px05 = page("/", as("px05", "px05")).getElementById("nav-camunda");
        assertThat(px05.select("a.dropdown-item")).extracting(Element::text)
                .containsExactly("Danh sách công việc (Camunda)", "Giám sát quy trình");
        assertThat(px05.select("a.dropdown-item").eachAttr("href")).containsExactly("/camunda/app/tasklist/", "/camunda/app/cockpit/");

        Element admin = page("/?lang=en", as("admin", "camunda-admin")).getElementById("nav-camunda");
        assertThat(admin.select("a.dropdown-item")).extracting(Element::text).containsExactly("Tasklist", "Cockpit", "Admin");
    }

    @Test
    void theAppServesItsFavicon() throws Exception {
        MockHttpServletResponse ico = mvc.perform(get("/favicon.ico")).andReturn().getResponse();
        assertThat(ico.getStatus()).isEqualTo(200);
        assertThat(ico.getContentAsByteArray()).startsWith(0, 0, 1, 0); // the ICO header: reserved 0, type 1 (icon)
        MockHttpServletResponse svg = mvc.perform(get("/favicon.svg")).andReturn().getResponse();
        assertThat(svg.getStatus()).isEqualTo(200);
        assertThat(svg.getContentType()).startsWith("image/svg+xml");
        assertThat(page("/", as("px05", "px05")).select("link[rel=icon]").eachAttr("href")).contains("/favicon.svg", "/favicon.ico");
    }

    @Test
    void anEmptyTaskListHasNoBulkControls() throws Exception {
        Document empty = page("/tasks?q=" + UUID.randomUUID(), as("px05", "px05"));
        assertThat(empty.getElementById("no-tasks")).isNotNull();
        assertThat(empty.getElementById("bulk-claim")).isNull();
        assertThat(empty.getElementById("bulk-assignee")).isNull();
    }

    @Test
    void englishCountsOneTaskInTheSingular() throws Exception {
        Element total = page("/tasks?lang=en", as("px05", "px05")).getElementById("task-total");
        assertThat(total.attr("data-template-one")).isEqualTo("{0} task");
        assertThat(total.attr("data-template")).isEqualTo("{0} tasks");
        assertThat(messages.getMessage("tasks.bulk.result", new Object[] {1, 0}, Locale.ENGLISH)).startsWith("1 task done;");
        assertThat(messages.getMessage("tasks.bulk.result", new Object[] {2, 0}, Locale.ENGLISH)).startsWith("2 tasks done;");
        assertThat(messages.getMessage("commendations.total", new Object[] {1}, Locale.ENGLISH)).isEqualTo("Total: 1 proposal");
        assertThat(messages.getMessage("commendations.nominees.count", new Object[] {1, 1}, Locale.ENGLISH))
                .isEqualTo("1 nominee, 1 awarded");
        assertThat(messages.getMessage("home.summary.open", new Object[] {1}, Locale.ENGLISH)).isEqualTo("1 task waits for you");
    }

    private Document page(String path, RequestPostProcessor user) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user)).andReturn().getResponse().getContentAsString());
    }

    private static String current(Document page) {
        assertThat(page.select("#main-menu [aria-current=page]")).hasSize(1);
        return page.selectFirst("#main-menu [aria-current=page]").ownText().isEmpty()
                ? page.selectFirst("#main-menu [aria-current=page] span").text()
                : page.selectFirst("#main-menu [aria-current=page]").text();
    }
}
