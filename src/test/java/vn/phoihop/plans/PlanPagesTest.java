package vn.phoihop.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.phoihop.testsupport.PortalUsers.as;

import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.RepositoryService;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.phoihop.dashboard.PlanTargets;
import vn.phoihop.dashboard.Target;
import vn.phoihop.organizations.OrganizationTree;
import vn.phoihop.testsupport.IntegrationTest;
import vn.phoihop.testsupport.PortalPages;

/**
 * The seed plan 100/KHPH-CA-MTTQ as data: its contents II.1–II.5 and duties III.1.1–1.5, III.2.1–2.5
 * with their lead organisations, every duty linked to deployed processes and to record lists that open,
 * its progress the dashboard's own figures for 2023 with the list behind each; a member organisation
 * reads the plan without the province's figures, a unit not at all.
 */
@IntegrationTest
class PlanPagesTest {

    private static final RequestPostProcessor PX05 = as("px05", "px05");

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanTargets targets;
    @Autowired
    OrganizationTree organizations;
    @Autowired
    RepositoryService repositoryService;

    @Test
    void theSeedPlanListsItsContentsAndDutiesEachLinkedToWhatFulfilsItWithItsProgress() throws Exception {
        Document list = page("/plans", PX05);
        assertThat(list.select("#plans .plan-row[data-id=KH-100-2023]").text()).contains("100/KHPH-CA-MTTQ", "17/05/2023");
        Document plan = page("/plans/KH-100-2023", PX05);
        assertThat(plan.select(".plan-section[data-section=II] li").eachAttr("data-code"))
                .containsExactly("II.1", "II.2", "II.3", "II.4", "II.5");
        assertThat(plan.select(".plan-section[data-section=II] li[data-code=II.4]").text()).contains("nhóm Zalo Tổ dân cư tự quản");
        assertThat(plan.select("#duties .duty-row").eachAttr("data-code")).containsExactly("III.1.1", "III.1.2", "III.1.3", "III.1.4",
                "III.1.5", "III.2.1", "III.2.2", "III.2.3", "III.2.4", "III.2.5", "IV.2", "IV.3");
        String px05 = organizations.names(Locale.forLanguageTag("vi")).get("px05");
        String pttg = organizations.names(Locale.forLanguageTag("vi")).get("pttg");
        assertThat(plan.select(".duty-row[data-code=III.1.3] .lead-org").text()).isEqualTo(px05);
        assertThat(plan.select(".duty-row[data-code=III.2.3] .lead-org").text()).isEqualTo(pttg);
        assertThat(plan.select(".duty-row[data-code=III.1.3] details").text()).contains("100% đơn vị đăng ký");
        assertThat(plan.select("#signers").text()).contains("Nguyễn Văn Vy", "Đại tá Tạ Văn Đẹp");

        // every process a duty names is deployed, shown by its name
        for (Element process : plan.select(".duty-row .process")) {
            String key = process.attr("data-key");
            assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult())
                    .as(key).isNotNull();
            assertThat(process.text()).doesNotContain(key);
        }
        // every list a duty links to opens
        for (String link : plan.select(".duty-row .record-link").eachAttr("href").stream().distinct().toList()) {
            mvc.perform(get(link).with(PX05)).andExpect(status().isOk());
        }
        // progress: the dashboard's own figures for the plan's year, each a link to the list behind it
        List<Target> of2023 = targets.of(2023, null);
        for (Target target : of2023) {
            for (Element shown : plan.select(".target-link[data-target=" + target.key() + "]")) {
                assertThat(shown.select(".count").text()).isEqualTo(target.achieved() + " / " + target.whole());
                assertThat(shown.attr("href")).isEqualTo(target.link());
            }
        }
        assertThat(plan.select(".duty-row[data-code=III.1.3] .target-link").eachAttr("data-target"))
                .containsExactly("unitsRegistered", "checksOnTime");
        assertThat(plan.select(".duty-row[data-code=IV.2] .target-link").eachAttr("data-target")).containsExactly("reportsOnTime");
    }

    @Test
    void aMemberOrganisationReadsThePlanWithoutTheProvincesFiguresAndAUnitNotAtAll() throws Exception {
        Document plan = page("/plans/KH-100-2023", as("ldld", "member-ldld"));
        assertThat(plan.select("#duties .duty-row")).hasSize(12);
        assertThat(plan.select(".target-link")).isEmpty();
        mvc.perform(get("/plans/KH-100-2023").with(as("kp1tanninh", "unit-tn-kp1"))).andExpect(status().isForbidden());
        mvc.perform(get("/plans/KH-khong-co").with(PX05)).andExpect(status().isNotFound());
    }

    private Document page(String url, RequestPostProcessor user) throws Exception {
        return PortalPages.page(mvc, url, user);
    }
}
